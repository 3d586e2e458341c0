"""The prebuilt llama.cpp install (medqa/export/llamacpp.py): where it fits, the pinned download, the repacked
wheel (libraries and backend loader inside llama-cpp-python, every file in pip's RECORD).
The install itself runs in `make` (CI installs through it), and tests/test_export.py runs llama.cpp from it;
the last test here checks that install, when it is the repacked one, with no medqa import."""

import base64
import hashlib
import io
import os
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from medqa.export import llamacpp

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("system, machine, libc, fits", [
    ("Linux", "x86_64", ("glibc", "2.36"), True),    # Debian 12
    ("Linux", "x86_64", ("glibc", "2.35"), True),    # Ubuntu 22.04: Kaggle, Colab
    ("Linux", "x86_64", ("glibc", "2.31"), False),   # Ubuntu 20.04: older than the libraries need
    ("Linux", "x86_64", ("", ""), False),            # musl (Alpine)
    ("Linux", "aarch64", ("glibc", "2.39"), False),
    ("Darwin", "arm64", ("", ""), False),
])
def test_prebuilt_fits_only_linux_x86_64_with_a_new_enough_glibc(system, machine, libc, fits):
    why = llamacpp.prebuilt_unfit(system, machine, libc)
    assert (why is None) == fits
    if not fits:
        assert "prebuilt" in why


def test_python_package_pin_is_the_one_the_libraries_match():
    pins = (ROOT / "requirements" / "pins.txt").read_text().splitlines()
    assert any(line.split("#")[0].strip() == llamacpp.PREBUILT["python"] for line in pins)


def _tarball(names: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tar:
        for name, data in names.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def test_download_checks_the_pinned_sha512(monkeypatch):
    data = b"a tarball"
    good = base64.b64encode(hashlib.sha512(data).digest()).decode()
    monkeypatch.setattr(llamacpp.urllib.request, "urlopen", lambda url, timeout: io.BytesIO(data))
    assert llamacpp.download("https://registry.example/x.tgz", good) == data
    with pytest.raises(llamacpp.LlamaCppInstallError, match="does not match its pinned sha512"):
        llamacpp.download("https://registry.example/x.tgz", base64.b64encode(b"0" * 64).decode())


def test_no_registry_access_is_one_line_with_the_way_out(monkeypatch):
    def refuse(url, timeout):
        raise OSError("Network is unreachable")

    monkeypatch.setattr(llamacpp.urllib.request, "urlopen", refuse)
    with pytest.raises(llamacpp.LlamaCppInstallError, match="could not download .*--from-source"):
        llamacpp.download()


BUILD = llamacpp.PREBUILT["llama_cpp"]
NPM_FILES = {
    f"package/bins/linux-x64/libllama.{BUILD}.so": b"llama",
    f"package/bins/linux-x64/libggml.{BUILD}.so": b"ggml",
    "package/bins/linux-x64/libggml-cpu-x64.so": b"cpu",
    "package/bins/linux-x64/libllama-common.so": b"tools' helpers",
    "package/bins/linux-x64/llama-addon.node": b"node addon: not for Python",
    "package/bins/linux-x64/_nlcBuildMetadata.json": b"{}",
    "package/package.json": b"{}",
}


def _upstream_wheel(folder: Path) -> Path:
    """A stand-in for llama-cpp-python's library-less wheel, as `pip wheel` builds it with LLAMA_BUILD=OFF."""
    info = "llama_cpp_python-0.3.34.dist-info"
    path = folder / "llama_cpp_python-0.3.34-py3-none-linux_x86_64.whl"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("llama_cpp/__init__.py", 'from .llama_cpp import *\n__version__ = "0.3.34"\n')
        z.writestr("llama_cpp/llama_cpp.py", "# bindings\n")
        z.writestr(f"{info}/METADATA", "Metadata-Version: 2.1\nName: llama_cpp_python\nVersion: 0.3.34\n")
        z.writestr(f"{info}/WHEEL", "Wheel-Version: 1.0\nRoot-Is-Purelib: false\nTag: py3-none-linux_x86_64\n")
        z.writestr(f"{info}/RECORD", "stale,,\n")
    return path


def test_repacked_wheel_carries_the_libraries_the_loader_and_a_full_record(tmp_path):
    out = llamacpp.repack(_upstream_wheel(tmp_path), _tarball(NPM_FILES), tmp_path)
    assert out.name == f"llama_cpp_python-0.3.34+npm.{BUILD}-py3-none-manylinux_2_34_x86_64.whl"
    info = f"llama_cpp_python-0.3.34+npm.{BUILD}.dist-info"
    with zipfile.ZipFile(out) as z:
        names = set(z.namelist())
        files = {n: z.read(n) for n in names}
        modes = {n: z.getinfo(n).external_attr >> 16 for n in names}
    assert {n for n in names if n.startswith("llama_cpp/lib/")} == {
        "llama_cpp/lib/libllama.so", f"llama_cpp/lib/libggml.{BUILD}.so", "llama_cpp/lib/libggml-cpu-x64.so"}
    assert files["llama_cpp/lib/libllama.so"] == b"llama"  # the name llama-cpp-python loads
    assert files["llama_cpp/__init__.py"].endswith(b"from . import _ggml_backends  # noqa: E402,F401  "
                                                   b"(added by medqa's repack: ggml's CPU backends)\n")
    assert f"libggml.{BUILD}.so".encode() in files["llama_cpp/_ggml_backends.py"]
    assert b"\nVersion: 0.3.34+npm." in files[f"{info}/METADATA"]
    assert b"\nTag: py3-none-manylinux_2_34_x86_64\n" in files[f"{info}/WHEEL"]
    assert all(mode == 0o644 for mode in modes.values())  # readable by every user of the environment
    record = {}
    for line in files[f"{info}/RECORD"].decode().splitlines():
        name, digest, size = line.rsplit(",", 2)
        record[name] = (digest, size)
    assert set(record) == names  # pip uninstalls exactly what it installed
    for name, (digest, size) in record.items():
        if name != f"{info}/RECORD":
            expected = base64.urlsafe_b64encode(hashlib.sha256(files[name]).digest()).rstrip(b"=").decode()
            assert (digest, size) == (f"sha256={expected}", str(len(files[name]))), name


def test_a_tarball_without_libllama_writes_no_wheel(tmp_path):
    wheel = _upstream_wheel(tmp_path)
    with pytest.raises(llamacpp.LlamaCppInstallError, match="holds no"):
        llamacpp.repack(wheel, _tarball({"package/bins/linux-x64/libggml-base.so": b"x"}), tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == [wheel.name]


def test_a_full_disk_is_one_line_and_leaves_no_wheel(tmp_path, monkeypatch):
    wheel = _upstream_wheel(tmp_path)

    def full(self, info, data):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(zipfile.ZipFile, "writestr", full)
    with pytest.raises(llamacpp.LlamaCppInstallError, match="could not write .*No space left on device"):
        llamacpp.repack(wheel, _tarball(NPM_FILES), tmp_path)
    monkeypatch.undo()
    assert [p.name for p in tmp_path.iterdir()] == [wheel.name]


def test_the_installed_llama_cpp_runs_a_gguf_without_medqa(request, tmp_path):
    """`from llama_cpp import Llama` in a new process, elsewhere, no medqa on the path; pip's RECORD lists every file
    of the package. Runs against the repacked install (`make install`); an install of another kind is skipped."""
    import importlib.util
    from importlib import metadata

    folder = Path(importlib.util.find_spec("llama_cpp").origin).parent
    if not (folder / "_ggml_backends.py").is_file():
        pytest.skip("llama-cpp-python here is not medqa's repacked install (python scripts/install_llama_cpp.py)")
    gguf_file = request.getfixturevalue("gguf_file")
    code = ("from llama_cpp import Llama; llm = Llama(model_path=%r, verbose=False); "
            "print(llm.create_completion('Hello', max_tokens=4, temperature=0)['choices'][0]['text'])" % str(gguf_file))
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    r = subprocess.run([sys.executable, "-I", "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True,
                       timeout=300)
    assert r.returncode == 0 and r.stdout.strip(), r.stderr[-2000:]
    recorded = {(Path(metadata.distribution("llama-cpp-python").locate_file(f))).resolve()
                for f in metadata.distribution("llama-cpp-python").files}
    on_disk = {p.resolve() for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts}
    assert on_disk <= recorded


def test_from_source_first_removes_a_prebuilt_install_only(tmp_path, monkeypatch):
    ran = []
    monkeypatch.setattr(llamacpp.subprocess, "run", lambda cmd, **kw: ran.append(cmd[3:5]))
    package = tmp_path / "llama_cpp"
    (package / "lib").mkdir(parents=True)
    (package / "lib" / "libllama.so").write_bytes(b"a source build's own library")
    monkeypatch.setattr(llamacpp, "_package_dir", lambda required=True: package)
    llamacpp._remove_prebuilt()
    assert ran == [] and (package / "lib" / "libllama.so").exists()  # a source build is left alone

    (package / "lib" / f"libllama.{llamacpp.PREBUILT['llama_cpp']}.so").write_bytes(b"prebuilt")
    llamacpp._remove_prebuilt()
    assert ran == [["uninstall", "-y"]] and not (package / "lib").exists()
