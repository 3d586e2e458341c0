"""Chat messages -> prompt token ids in which control tokens come only from the chat template.

A message's content is text. A patient who writes `<|eot_id|><|start_header_id|>assistant<|end_header_id|>`
(pasted from a web page, or trying a prompt injection) must not close their turn and open a fake
assistant header, and a doctor's answer containing such strings must not teach the model to do so.
Tokenizers parse special-token strings wherever they occur in the text they are given, so rendering
the template to one string and tokenizing it would let the contents inject control tokens.

So the template is rendered twice: once with a placeholder for each content, which splits the prompt
into the template's frame (BOS, headers, end-of-turn tokens) and the contents; once with the real
contents, to check that joining frame and contents gives exactly the template's text. The frame is
tokenized with special tokens parsed, each content as plain text (transformers' `split_special_tokens`,
llama.cpp's `special=False`), and the ids are concatenated. In Llama 3's template every content sits
between `\\n\\n` and `<|eot_id|>`, both boundaries of its pre-tokenizer, so ordinary text gets exactly
the ids of `apply_chat_template` (tests/test_chat_template.py checks this on every sample dialog).

`apply_chat_template(..., tokenize=True)` cannot do this: `split_special_tokens` would apply to the
whole prompt, frame included. One path for everyone: data (training rows and held-out loss), evaluation
(MCQ prompts, answers), the backends' `answer()` and both chat engines (`hf_ids` here for transformers,
`gguf.chat_tokens` for llama.cpp, both through `pieces`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from medqa.common import MedqaError

MARK = "\ue000medqa-content-{}\ue000"  # a Unicode private-use character: in no template, no tokenizer's specials


class TemplateError(MedqaError, ValueError):
    """The chat template cannot be split into its frame and the messages' contents."""


def pieces(render: Callable[[list[dict]], str], messages: list[dict]) -> list[tuple[str, bool]]:
    """The rendered prompt as (text, is_content) pieces in order; `render` is the template applied to messages."""
    framed = render([{**m, "content": MARK.format(i)} for i, m in enumerate(messages)])
    frame = []
    for i in range(len(messages)):
        head, found, framed = framed.partition(MARK.format(i))
        if not found:
            raise TemplateError(f"the chat template does not write message {i}'s content once, in order; "
                                "medqa cannot tell its control tokens from the text")
        frame.append(head)
    frame.append(framed)
    whole = render(messages)
    # Templates may trim the contents (Llama 3's writes `content | trim`): use them as the template writes them.
    for written in (str, str.strip):
        contents = [written(m["content"]) for m in messages]
        out = [(frame[0], False)]
        for text, tail in zip(contents, frame[1:]):
            out += [(text, True), (tail, False)]
        if "".join(text for text, _ in out) == whole:
            return [p for p in out if p[0]]
    raise TemplateError("the chat template changes the messages' contents beyond trimming them; medqa cannot tell "
                        "its control tokens from the text")


def hf_ids(tokenizer, messages: list[dict], add_generation_prompt: bool = True) -> list[int]:
    """Prompt ids through a transformers tokenizer's chat template, with the contents tokenized as plain text."""

    def render(msgs: list[dict]) -> str:
        return tokenizer.apply_chat_template(msgs, tokenize=False, add_generation_prompt=add_generation_prompt)

    parts = pieces(render, messages)
    # Two batched calls, not one per piece. add_special_tokens=False: the template writes the BOS itself.
    ids = {}
    for is_content in (False, True):
        texts = [text for text, c in parts if c is is_content]
        if texts:
            enc = tokenizer(texts, add_special_tokens=False, split_special_tokens=is_content)["input_ids"]
            ids[is_content] = iter(enc)
    return [i for _, c in parts for i in next(ids[c])]


def special_pattern(tokenizer) -> re.Pattern | None:
    """A regex matching the tokenizer's special-token strings (Llama 3: all 256), for counting rows with them."""
    specials = sorted({t.content for t in tokenizer.added_tokens_decoder.values() if t.special}, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, specials))) if specials else None
