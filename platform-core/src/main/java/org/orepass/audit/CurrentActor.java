package org.orepass.audit;

/** Who is acting right now (a user name, or "system" for jobs and start-up). Provided by the web layer. */
public interface CurrentActor {

    String SYSTEM = "system";

    /**
     * The name an anonymous public reporter's writes are recorded under. Entries written under it keep the day
     * only (issue 15, privacy of reporters): the time of day would help find who reported.
     */
    String ANONYMOUS = "anonymous";

    String name();
}
