/**
 * Offline capture (issue 21, docs/offline.md): the pack an inspector or CSO monitor takes into the field (the
 * sites of their jurisdiction and the forms' choices) and the idempotency keys that let a record kept on a phone
 * be sent again and again yet stored once. The records themselves go through the same use cases as online.
 */
package org.orepass.offline;
