"""The push code, tested without the network: a stand-in for HfApi records what would be sent."""

import pytest

from medqa import hub


class FakeApi:
    calls: list = []

    def __init__(self, token=None):
        FakeApi.calls.append(("init", token))

    def create_repo(self, repo_id, **kw):
        FakeApi.calls.append(("create_repo", repo_id, kw))

    def upload_folder(self, folder_path, repo_id, **kw):
        from pathlib import Path

        FakeApi.calls.append(("upload_folder", repo_id, sorted(p.name for p in Path(folder_path).iterdir())))


def test_push_folder_creates_and_uploads(tmp_path, monkeypatch):
    import huggingface_hub

    FakeApi.calls = []
    monkeypatch.setattr(huggingface_hub, "HfApi", FakeApi)
    (tmp_path / "adapter_model.safetensors").write_bytes(b"x")
    url = hub.push_folder(tmp_path, "alice/medqa", token="hf_secret_value", private=True)
    assert url == "https://huggingface.co/alice/medqa"
    assert FakeApi.calls[1] == ("create_repo", "alice/medqa", {"private": True, "exist_ok": True, "repo_type": "model"})
    assert FakeApi.calls[2] == ("upload_folder", "alice/medqa", ["adapter_model.safetensors"])


def test_push_failure_is_one_line_without_the_token(tmp_path, monkeypatch):
    import huggingface_hub

    token = "hf_planted_token_123456"
    monkeypatch.setenv("HF_TOKEN", token)

    class Failing(FakeApi):
        def create_repo(self, repo_id, **kw):
            raise RuntimeError(f"401 Unauthorized for token {token}\nmore detail")

    monkeypatch.setattr(huggingface_hub, "HfApi", Failing)
    with pytest.raises(hub.HubError) as e:
        hub.push_folder(tmp_path, "alice/medqa", token=token)
    assert token not in str(e.value) and "\n" not in str(e.value) and "401 Unauthorized" in str(e.value)


def test_model_card_has_metrics_and_recipe():
    card = hub.model_card("unsloth/Meta-Llama-3.1-8B-Instruct", "ruslanmv/ai-medical-chatbot",
                          {"eval_loss": 1.23}, "run_name: x\n")
    assert "base_model: unsloth/Meta-Llama-3.1-8B-Instruct" in card
    assert "| eval_loss | 1.23 |" in card and "run_name: x" in card


def test_a_pinned_revision_the_repo_lacks_is_one_line():
    """transformers turns the Hub's RevisionNotFoundError into this OSError; huggingface_hub raises its own."""
    import httpx
    import pytest
    from huggingface_hub.errors import RevisionNotFoundError

    pinned = "f" * 40
    transformers_words = OSError(f"{pinned} is not a valid git identifier (branch name, tag name or commit id) that "
                                 "exists for this model name.")
    for error in (transformers_words, RevisionNotFoundError(
            "404 Revision Not Found", response=httpx.Response(404, request=httpx.Request("GET", "https://huggingface.co")))):
        with pytest.raises(hub.HubError, match=f"model.name='acme/tiny' has no revision '{pinned}': pin one"):
            with hub.reading("acme/tiny", "model.name", revision=pinned):
                raise error
    with pytest.raises(OSError, match="disk full"), hub.reading("acme/tiny", "model.name", revision=pinned):
        raise OSError("disk full")
