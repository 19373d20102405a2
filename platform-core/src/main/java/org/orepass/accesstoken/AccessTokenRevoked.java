package org.orepass.accesstoken;

/**
 * A token was revoked: whoever keeps verified tokens for a few seconds (the API's token check) forgets them, so
 * that the revocation holds on this node at once and on the others within those seconds.
 */
public record AccessTokenRevoked(Long tokenId) {
}
