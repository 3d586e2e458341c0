"""The prebuilt llama.cpp install (medqa/export/llamacpp.py): where it fits, the pinned download,
all-or-nothing unpacking.
The install itself runs in `make` (CI installs through it), and tests/test_export.py runs llama.cpp from it."""

import base64
import hashlib
import io
import tarfile
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


def test_unpack_writes_the_libraries_under_the_name_llama_cpp_python_loads(tmp_path):
    build = llamacpp.PREBUILT["llama_cpp"]
    tarball = _tarball({
        f"package/bins/linux-x64/libllama.{build}.so": b"llama",
        f"package/bins/linux-x64/libggml.{build}.so": b"ggml",
        "package/bins/linux-x64/libggml-cpu-x64.so": b"cpu",
        "package/bins/linux-x64/llama-addon.node": b"node addon: not for Python",
        "package/bins/linux-x64/_nlcBuildMetadata.json": b"{}",
        "package/package.json": b"{}",
    })
    lib = tmp_path / "llama_cpp" / "lib"
    lib.mkdir(parents=True)
    (lib / "stale.so").write_bytes(b"from an earlier install")
    names = llamacpp.unpack(tarball, lib)
    assert names == ["libggml-cpu-x64.so", f"libggml.{build}.so", f"libllama.{build}.so"]
    assert sorted(p.name for p in lib.iterdir()) == sorted([*names, "libllama.so"])
    assert (lib / "libllama.so").read_bytes() == b"llama" and (lib / "libllama.so").is_symlink()
    assert [p.name for p in lib.parent.iterdir()] == ["lib"]  # no temporary folder left


def test_a_tarball_without_libllama_changes_nothing(tmp_path):
    lib = tmp_path / "llama_cpp" / "lib"
    lib.mkdir(parents=True)
    (lib / "libllama.so").write_bytes(b"the working one")
    with pytest.raises(llamacpp.LlamaCppInstallError, match="holds no"):
        llamacpp.unpack(_tarball({"package/bins/linux-x64/libggml-base.so": b"x"}), lib)
    assert [p.name for p in lib.iterdir()] == ["libllama.so"]
    assert (lib / "libllama.so").read_bytes() == b"the working one"
    assert [p.name for p in lib.parent.iterdir()] == ["lib"]


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


def test_a_full_disk_is_one_line_and_leaves_the_old_libraries(tmp_path, monkeypatch):
    lib = tmp_path / "llama_cpp" / "lib"
    lib.mkdir(parents=True)
    (lib / "libllama.so").write_bytes(b"the working one")

    def full(self, data):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(llamacpp.Path, "write_bytes", full)
    tarball = _tarball({f"package/bins/linux-x64/libllama.{llamacpp.PREBUILT['llama_cpp']}.so": b"llama"})
    with pytest.raises(llamacpp.LlamaCppInstallError, match="could not write .*No space left on device"):
        llamacpp.unpack(tarball, lib)
    monkeypatch.undo()
    assert [p.name for p in lib.iterdir()] == ["libllama.so"]
    assert [p.name for p in lib.parent.iterdir()] == ["lib"]
