package org.orepass.architecture.breach.a;

/** Half of a deliberate cycle between two slices (see FeatureBoundariesTest). */
public class UsesB {
    org.orepass.architecture.breach.b.UsesA other;
}
