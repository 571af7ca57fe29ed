package nl.kabiz.smr.document;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** {@code smr.documents.*}. */
@ConfigurationProperties("smr.documents")
record DocumentSettings(DataSize maxSize) {

    DocumentSettings {
        if (maxSize == null || maxSize.toBytes() <= 0) {
            throw new IllegalArgumentException("smr.documents.max-size must be positive");
        }
    }
}
