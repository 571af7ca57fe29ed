package nl.kabiz.smr.system;

import java.util.HexFormat;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code smr.security.portal-api-key-sha256}: the SHA-256 (hex) of the KABIZ portal's API key. Only the hash is
 * configured; the portal sends the key itself in the header {@code X-Api-Key}. Empty: no API key is accepted.
 * Make a key and its hash with {@code KEY=$(openssl rand -hex 32); printf %s "$KEY" | sha256sum}.
 */
@ConfigurationProperties("smr.security")
record ApiKeySettings(String portalApiKeySha256) {

    ApiKeySettings {
        if (portalApiKeySha256 != null && !portalApiKeySha256.isBlank()
                && !portalApiKeySha256.strip().matches("(?i)[0-9a-f]{64}")) {
            throw new IllegalArgumentException(
                    "smr.security.portal-api-key-sha256 must be the 64 hex digits of a SHA-256 hash");
        }
    }

    /** The configured hash, or null when no API key is accepted. */
    byte[] portalKeyHash() {
        return portalApiKeySha256 == null || portalApiKeySha256.isBlank() ? null
                : HexFormat.of().parseHex(portalApiKeySha256.strip().toLowerCase(java.util.Locale.ROOT));
    }
}
