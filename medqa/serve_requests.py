"""What a request to `medqa serve` may hold, checked before llama-cpp-python's server sees it.

    app.user_middleware.append(Middleware(RequestChecks, api_key=key))   # medqa/serve.py build_app does this
    chat_messages({"messages": [{"role": "user", "content": "hi"}]})     # -> [{"role": "user", "content": "hi"}]

Why a middleware of ours. llama-cpp-python 0.3.34's server answers a body it cannot validate with a 500 and a
traceback (its RouteErrorHandler catches FastAPI's RequestValidationError as an unexpected error, and a body
that is not JSON makes that handler raise again), and medqa's own refusals (an image, a tool message, no user
message) come from the chat handler, which runs after a stream's headers are sent: the client gets a 200 and a
broken stream. So every POST body is read here first, whole, and one that its route cannot take gets HTTP 400
with OpenAI's error body, `{"error": {"message", "type": "invalid_request_error", "param", "code": null}}`,
one line on the server's log, and the app never sees it. The messages follow the OpenAI API's wording
("Missing required parameter: 'messages'.", "Invalid type for 'max_tokens': expected an integer, but got a
string instead."). A body that passes is handed on unchanged. Which routes take which body is read from the
server's own router, and after medqa's checks its own pydantic request models judge every other field.
"""

from __future__ import annotations

import hmac
import json
from functools import cache

from medqa.common import MedqaError, log

ROLES = ("system", "user", "assistant")  # what medqa's chat template renders (medqa/chat_template.py)
BODY_LIMIT = 4 * 1024 * 1024  # bytes: a 128k-token context is ~0.5 MB of text; more is no chat, only memory
CHAT = "/v1/chat/completions"
SAMPLED = (CHAT, "/v1/completions", "/v1/engines/copilot-codex/completions")  # the routes that generate
# sampling fields whose type OpenAI checks: (the JSON kinds it may be, as said, the least and most value)
FIELDS = {"max_tokens": (("an integer", "null"), "an integer", 1, None),
          "temperature": (("an integer", "a number"), "a number", 0, 2),
          "top_p": (("an integer", "a number"), "a number", 0, 1),
          "stream": (("a boolean",), "a boolean", None, None),
          "stop": (("a string", "an array", "null"), "a string or an array of strings", None, None)}


class RequestError(MedqaError, ValueError):
    """A request the client must fix: HTTP `status` with OpenAI's error body naming `param`."""

    def __init__(self, message: str, param: str | None = None, status: int = 400):
        super().__init__(message)
        self.param, self.status = param, status

    def body(self) -> dict:
        return {"error": {"message": str(self), "type": "invalid_request_error", "param": self.param, "code": None}}


def check_request(path: str, raw: bytes) -> None:
    """Raise RequestError if the route at `path` cannot take the body `raw` (routes without a body: nothing)."""
    model = body_models().get(path)
    if model is None:
        return
    body = _parse(raw)
    if path == CHAT:
        chat_messages(body)
    if path in SAMPLED:
        _check_fields(body)
    _check_schema(model, body)


@cache
def body_models() -> dict:
    """{path: the pydantic model of its body} for every route of llama-cpp-python's server that takes one."""
    from llama_cpp.server.app import router

    return {r.path: r.body_field.field_info.annotation for r in router.routes if getattr(r, "body_field", None)}


def _parse(raw: bytes) -> dict:
    try:
        body = json.loads(raw)
    except ValueError as e:  # JSONDecodeError, or bytes that are no UTF-8/16/32
        raise RequestError(f"We could not parse the JSON body of your request ({e}): send one JSON object "
                           "with Content-Type: application/json.") from None
    if not isinstance(body, dict):
        raise RequestError(f"Invalid body: expected an object, but got {_kind(body)} instead.")
    return body


def chat_messages(body: dict) -> list[dict]:
    """The body's messages as {role, content: str}, text parts joined; RequestError for anything else."""
    if body.get("tools") or body.get("functions"):
        raise RequestError("tools and functions are not supported by this model", "tools")
    if isinstance(body.get("response_format"), dict) and body["response_format"].get("type") == "json_object":
        raise RequestError("JSON mode is not supported by this model", "response_format")
    if "messages" not in body:
        raise RequestError("Missing required parameter: 'messages'.", "messages")
    messages = body["messages"]
    if not isinstance(messages, list):
        raise RequestError(_wrong_type("messages", "an array", messages), "messages")
    if not messages:
        raise RequestError("Invalid 'messages': empty array. Expected an array with at least one message, "
                           "but got an empty array instead.", "messages")
    out = [_message(m, f"messages[{i}]") for i, m in enumerate(messages)]
    if not any(m["role"] == "user" for m in out):
        raise RequestError("Invalid 'messages': no user message, so there is nothing to answer.", "messages")
    return out


def _message(m, where: str) -> dict:
    if not isinstance(m, dict):
        raise RequestError(_wrong_type(where, "an object", m), where)
    if m.get("role") is None:
        raise RequestError(f"Missing required parameter: '{where}.role'.", f"{where}.role")
    if m["role"] not in ROLES:
        raise RequestError(f"Invalid value for '{where}.role': {_show(m['role'])}. Supported values are: 'system', "
                           "'user', and 'assistant' (this model reads no tool or function messages).", f"{where}.role")
    return {"role": m["role"], "content": _content(m.get("content"), f"{where}.content", m["role"])}


def _content(content, where: str, role: str) -> str:
    if content is None and role == "assistant":  # no text (llama-cpp-python's model takes it left out, not null)
        return ""
    if content is None:
        raise RequestError(f"Missing required parameter: '{where}'.", where)
    if isinstance(content, str):
        return content
    if not isinstance(content, list):
        raise RequestError(_wrong_type(where, "a string or an array of text parts", content), where)
    for i, part in enumerate(content):
        if not isinstance(part, dict) or part.get("type") != "text":
            raise RequestError(f"Invalid '{where}[{i}]': only text parts ({{\"type\": \"text\", \"text\": ...}}) "
                               "are supported: this model reads no images or audio.", f"{where}[{i}]")
        if not isinstance(part.get("text"), str):
            raise RequestError(_wrong_type(f"{where}[{i}].text", "a string", part.get("text")), f"{where}[{i}].text")
    return "".join(part["text"] for part in content)


def _check_fields(body: dict) -> None:
    """The sampling fields by their JSON kind, as OpenAI checks them (pydantic would take "5" for 5)."""
    for name, (kinds, expected, low, high) in FIELDS.items():
        if name not in body:
            continue
        value = body[name]
        if _kind(value) not in kinds:
            raise RequestError(_wrong_type(name, expected, value), name)
        if low is not None and value is not None and value < low:
            raise RequestError(f"Invalid '{name}': expected a value >= {low}, but got {value} instead.", name)
        if high is not None and value is not None and value > high:
            raise RequestError(f"Invalid '{name}': expected a value <= {high}, but got {value} instead.", name)
    for i, item in enumerate(body.get("stop") if isinstance(body.get("stop"), list) else []):
        if not isinstance(item, str):
            raise RequestError(_wrong_type(f"stop[{i}]", "a string", item), f"stop[{i}]")


def _check_schema(model, body: dict) -> None:
    """Every other field, by llama-cpp-python's own request model: its first complaint, named as OpenAI does."""
    from pydantic import ValidationError

    try:
        model.model_validate(body)
    except ValidationError as e:
        # a message is a union of one TypedDict per role: a wrong member says only "Input should be 'system'"
        errors = e.errors()
        first = next((x for x in errors if x["type"] != "literal_error"), errors[0])
        param = _param(first["loc"], body, first["type"] == "missing")
        raise RequestError(f"Invalid '{param}': {first['msg']}.", param) from None


def _param(loc: tuple, body, missing: bool) -> str:
    """A pydantic location as OpenAI's `param` (messages[0].content); the names pydantic gives the members of
    a union (ChatCompletionRequestUserMessage, list[str]) are not in the body, so they are left out."""
    out, node = "", body
    for i, key in enumerate(loc):
        if isinstance(key, int) and isinstance(node, list) and key < len(node):
            out, node = f"{out}[{key}]", node[key]
        elif isinstance(node, dict) and (key in node or (missing and i == len(loc) - 1)):
            out, node = f"{out}.{key}" if out else str(key), node.get(key)
    return out or "body"


def _kind(value) -> str:
    """The JSON kind of a decoded value, as OpenAI's messages name it."""
    kinds = ((bool, "a boolean"), (int, "an integer"), (float, "a number"), (str, "a string"), (list, "an array"),
             (dict, "an object"), (type(None), "null"))
    return next(name for t, name in kinds if isinstance(value, t))


def _wrong_type(param: str, expected: str, value) -> str:
    return f"Invalid type for '{param}': expected {expected}, but got {_kind(value)} instead."


def _show(value) -> str:
    """A client's value in a message and the log: quoted, escaped (no line breaks), and short."""
    text = json.dumps(value)
    return text if len(text) <= 40 else text[:37] + "..."


class RequestChecks:
    """ASGI middleware: every POST body is read whole and checked (check_request) before the app gets it, so
    a bad one is answered before any stream starts; the app then gets the same bytes. A bad body without the
    API key is a 401, as the app answers it: the key is asked for first."""

    def __init__(self, app, api_key: str | None = None):
        self.app, self.api_key = app, api_key

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] != "POST" or scope["path"] not in body_models():
            return await self.app(scope, receive, send)
        try:
            _check_content_type(dict(scope["headers"]).get(b"content-type", b"").decode("latin-1"))
            raw = await _read_body(receive)
            if raw is None:  # the client went away before sending it all: nobody to answer
                return
            check_request(scope["path"], raw)
        except RequestError as e:
            refused = e if self._authorized(scope) else RequestError(
                "Incorrect or missing API key: send it as Authorization: Bearer <key>.", None, 401)
            log(f"{refused.status} POST {scope['path']}: {refused}")
            from starlette.responses import JSONResponse  # a dependency of llama-cpp-python[server]

            return await JSONResponse(refused.body(), status_code=refused.status)(scope, receive, send)
        await self.app(scope, _replay(raw, receive), send)

    def _authorized(self, scope) -> bool:
        if self.api_key is None:
            return True
        header = dict(scope["headers"]).get(b"authorization", b"").decode("latin-1")
        scheme, _, key = header.partition(" ")
        return scheme.lower() == "bearer" and hmac.compare_digest(key.strip().encode(), self.api_key.encode())


def _check_content_type(header: str) -> None:
    """JSON or nothing, as FastAPI reads a body: any other type reaches the app as bytes, a 500 there (curl -d
    sends application/x-www-form-urlencoded)."""
    kind = header.partition(";")[0].strip().lower()
    if kind and not (kind == "application/json" or (kind.startswith("application/") and kind.endswith("+json"))):
        raise RequestError(f"Invalid Content-Type header ({_show(kind)}): send the body as JSON with "
                           "Content-Type: application/json.")


async def _read_body(receive) -> bytes | None:
    chunks, size = [], 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            return None
        chunks.append(message.get("body", b""))
        size += len(chunks[-1])
        if size > BODY_LIMIT:
            raise RequestError(f"Request too large: the body is over {BODY_LIMIT // 2**20} MiB.", None, 413)
        if not message.get("more_body"):
            return b"".join(chunks)


def _replay(raw: bytes, receive):
    """The ASGI receive the app gets: the body read here, then the client's own (a disconnect, while streaming)."""
    sent = False

    async def replay():
        nonlocal sent
        if sent:
            return await receive()
        sent = True
        return {"type": "http.request", "body": raw, "more_body": False}

    return replay
