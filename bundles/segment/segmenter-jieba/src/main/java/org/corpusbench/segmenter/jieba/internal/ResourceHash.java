package org.corpusbench.segmenter.jieba.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of a resource embedded in this bundle, so provenance names the exact dictionary. */
final class ResourceHash {

    private ResourceHash() {
    }

    static String sha256(String resource) {
        try (InputStream in = ResourceHash.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The bundle lacks " + resource);
            }
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (DigestInputStream digesting = new DigestInputStream(in, digest)) {
                digesting.transferTo(OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
