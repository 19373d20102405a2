/**
 * Alerts that reach people (issue 21, docs/alerts.md): what needs a person (a verified grave incident at a site
 * of origin of lots an organisation holds, a shipment to review, an assessment to sign off, an overdue incident, a
 * plan review due) becomes, in the transaction of the event, a line on the person's alert list and a mail in a
 * durable queue, in their language, unless they turned that kind off. {@link MailDelivery} sends the queue.
 */
package org.orepass.alert;
