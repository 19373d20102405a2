/**
 * Incident reports by SMS and USSD (issue 20): the keyword grammar of a text message in Swahili, French and
 * English, the numbered categories a basic phone can pick from, and the short conversation that collects what a
 * first message left out. Reports made here go through {@code incident.IncidentReporting.reportAnonymously}, the
 * same door as the public web form, with its rules and its anonymity.
 */
package org.orepass.sms;
