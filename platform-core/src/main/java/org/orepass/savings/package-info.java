/**
 * Savings groups (village savings and loan associations, issue 23; docs/savings-groups.md): a group's members,
 * its constitution for a cycle, its meetings and the append-only ledger of what each meeting recorded, the rules
 * a recorder meets (loans within the constitution and the cash in the box, service charges as the constitution
 * says, no savings taken out mid-cycle, corrections only by reversal) and the share-out at the end of a cycle.
 * {@link org.orepass.savings.CycleBook} and {@link org.orepass.savings.ShareOut} are pure; {@link
 * org.orepass.savings.SavingsGroups} is the door every channel goes through.
 */
package org.orepass.savings;
