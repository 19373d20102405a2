package org.orepass.custody;

/**
 * How an operation touched a lot. INPUT: mass taken out of it; OUTPUT: a lot the operation made; SUBJECT: a lot
 * it concerns without taking mass from it (moved, stored, its delivery received or rejected), so that summing the
 * INPUT rows never counts a sale twice.
 */
enum OperationLotRole {
    INPUT,
    OUTPUT,
    SUBJECT
}
