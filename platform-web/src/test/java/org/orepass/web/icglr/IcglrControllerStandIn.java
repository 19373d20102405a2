package org.orepass.web.icglr;

/** A class in the ICGLR controllers' package, for tests of who answers their errors. */
public class IcglrControllerStandIn {
}
