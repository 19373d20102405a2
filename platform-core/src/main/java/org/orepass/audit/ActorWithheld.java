package org.orepass.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A confidential record (a legal-help case and what is written in it): its audit entries keep what happened and
 * when, but name nobody, since who asked a lawyer for help is itself what must stay between the parties. The
 * record keeps its own author for those who may read it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ActorWithheld {

    /** What the audit trail shows instead of the user name. */
    String ACTOR = "confidential";
}
