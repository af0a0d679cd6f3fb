package org.corpusbench.jieba.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** The dictionary and models this bundle carries (from Python jieba 0.42.1), and how they load. */
final class JiebaResources {
    static final String DICTIONARY = "/org/corpusbench/jieba/engine/dict.txt";
    static final String MODEL = "/org/corpusbench/jieba/engine/hmm-model.tsv";
    static final String POS_MODEL = "/org/corpusbench/jieba/engine/posseg-model.tsv";

    private JiebaResources() {
    }

    /** @return an engine on jieba's dictionary with these user words added in order (about a second) */
    static JiebaEngine engine(List<UserWords.UserWord> userWords) {
        try (InputStream dictionary = open(DICTIONARY); InputStream model = open(MODEL)) {
            return new JiebaEngine(JiebaDictionary.load(dictionary, userWords), HmmModel.load(model));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return jieba.posseg's model */
    static PosModel posModel() {
        try (InputStream model = open(POS_MODEL)) {
            return PosModel.load(model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InputStream open(String resource) {
        InputStream in = JiebaResources.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("The bundle lacks " + resource);
        }
        return in;
    }

    static String sha256(String resource) {
        try (DigestInputStream in = new DigestInputStream(open(resource), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
