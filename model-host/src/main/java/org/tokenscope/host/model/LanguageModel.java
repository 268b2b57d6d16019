package org.tokenscope.host.model;

import java.util.List;
import java.util.Optional;
import org.tokenscope.host.tokenize.Tokenizer;

/**
 * A causal language model the panels can query. Logits returned by every method have the rows beyond the
 * tokenizer's vocabulary masked to −∞, so any softmax over them is a distribution over real tokens.
 */
public interface LanguageModel extends AutoCloseable {

    /** Display name: the config's name, else the folder name. */
    String name();

    ModelFolder folder();

    IoSignature signature();

    ModelConfig config();

    /** The tokenizer, absent when the folder has none usable (ids can still be fed). */
    Optional<Tokenizer> tokenizer();

    /** Tokenizer or a clear error for operations that need text. */
    Tokenizer requireTokenizer();

    /** Width of the logits (may exceed the tokenizer's vocabulary). */
    int logitsWidth();

    /** Maximum sequence length, or -1 when no config states it. */
    int contextLength();

    /** Problems found at load that do not prevent use, e.g. a tokenizer larger than the logits. */
    List<String> warnings();

    /** SHA-256 (hex) identifying the weights: the ONNX file and every external data file it references. */
    String sha256();

    /** The files that hold the weights: the ONNX graph first, then the external data files it references. */
    List<java.nio.file.Path> weightFiles();

    int threads();

    /** The text's ids with the special tokens {@link ModelConfig#specials()} puts around it; refuses empty or unusable prompts. */
    int[] encodePrompt(String text);

    /** Refuses ids outside the logits and sequences longer than the context, with a message. */
    void checkIds(int[] ids);

    /** An empty decode state; append the prompt to prefill it. */
    DecodeState newState();

    /** Teacher-forced logits of every position of one sequence (row i predicts token i+1). */
    float[][] logitsAll(int[] ids);

    /**
     * One forward pass over several sequences (right-padded, with the attention mask) returning, for each,
     * its last {@code lastRows} rows (all rows when larger than the sequence). Falls back to one run per
     * sequence when the graph cannot take a batch.
     */
    List<float[][]> logitsBatch(List<int[]> sequences, int lastRows);

    /** The tensors an activation tap can read: the declared extra outputs, else the graph's intermediate tensors. */
    List<String> tapNames();

    /** Activations [position][width] of an intermediate tensor for one sequence. */
    float[][] activations(String tap, int[] ids);

    @Override
    void close();
}
