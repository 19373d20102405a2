package org.orepass.custody;

/**
 * A production lot was recorded (published inside the production's transaction), so that other features, such as
 * revenue assessing the taxes due on it, follow without the custody code knowing them.
 */
public record LotProduced(Long lotId) {
}
