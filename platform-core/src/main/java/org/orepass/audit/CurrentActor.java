package org.orepass.audit;

/** Who is acting right now (a user name, or "system" for jobs and start-up). Provided by the web layer. */
public interface CurrentActor {

    String SYSTEM = "system";

    String name();
}
