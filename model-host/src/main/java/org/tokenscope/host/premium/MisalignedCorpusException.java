package org.tokenscope.host.premium;

/**
 * The languages of a corpus do not hold the same segments (different ids or counts), so per-segment
 * comparison would pair texts that are not translations of each other. Whole-document mode accepts it.
 */
public class MisalignedCorpusException extends CorpusException {
    public MisalignedCorpusException(String message) {
        super(message);
    }
}
