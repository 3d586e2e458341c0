"""The Llama 3.1 family's facts, in one place: what medqa's tokenizer, GGUF, toy models and Kaggle
input finder must agree on.

    SPLIT                  the pre-tokenizer regex (llama.cpp's `llama-bpe`)
    special_tokens()       the 256 special tokens in Llama 3's order (ids 128000..128255 in the 8B)
    PAD, EOT, EOT_ID       the reserved pad token, the end-of-turn token and its id in the 8B
    SHAPE_8B               Llama 3.1 8B's config.json values that tell it apart from 3.0, 3.2 and 70B
    ensure_pad_token(tok)  pad with <|finetune_right_pad_id|>, never with <|eot_id|>
"""

from __future__ import annotations

# llama.cpp's LLAMA_VOCAB_PRE_TYPE_LLAMA3 splits text with this regex (src/llama-vocab.cpp); HF's
# tokenizer.json spells the same pattern in the Split pre-tokenizer of Meta's Llama 3 tokenizers.
SPLIT = (
    r"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*"
    r"|\s*[\r\n]+|\s+(?!\S)|\s+"
)

BOS, EOS, EOM, EOT = "<|begin_of_text|>", "<|end_of_text|>", "<|eom_id|>", "<|eot_id|>"
PAD = "<|finetune_right_pad_id|>"
START_HEADER, END_HEADER = "<|start_header_id|>", "<|end_header_id|>"
EOT_ID = 128009  # <|eot_id|> in the 8B: among the Instruct model's eos_token_id, not the base model's
# The named special tokens by their offset from the first special id; the rest are reserved.
_NAMED = {0: BOS, 1: EOS, 4: PAD, 6: START_HEADER, 7: END_HEADER, 8: EOM, 9: EOT, 10: "<|python_tag|>"}

# Llama 3.1 8B's config.json (meta-llama/Llama-3.1-8B-Instruct): 3.2's 1B/3B and 3.1's 70B differ in shape.
SHAPE_8B = {"model_type": "llama", "hidden_size": 4096, "num_hidden_layers": 32, "vocab_size": 128256}


def special_tokens() -> list[str]:
    """The 256 special tokens, in the order Llama 3 numbers them from 128000."""
    out, reserved = [], 0
    for i in range(256):
        if i in _NAMED:
            out.append(_NAMED[i])
        else:
            out.append(f"<|reserved_special_token_{reserved}|>")
            reserved += 1
    return out


def ensure_pad_token(tokenizer) -> None:
    """Llama 3.1 ships no pad token. Pad with its reserved <|finetune_right_pad_id|> rather than
    <|eot_id|>: collators that mask pad ids out of the labels would otherwise mask the real
    end-of-turn too, and the model would not learn to stop (the usual tutorial bug)."""
    if tokenizer.pad_token is None or tokenizer.pad_token_id == tokenizer.eos_token_id:
        if PAD in tokenizer.get_vocab():
            tokenizer.pad_token = PAD
        elif tokenizer.pad_token is None:
            tokenizer.pad_token = tokenizer.eos_token
    tokenizer.padding_side = "right"
