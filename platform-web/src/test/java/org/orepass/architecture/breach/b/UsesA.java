package org.orepass.architecture.breach.b;

/** The other half of the deliberate cycle. */
public class UsesA {
    org.orepass.architecture.breach.a.UsesB other;
}
