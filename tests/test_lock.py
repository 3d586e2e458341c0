"""The hashed install locks (requirements/lock, tools/lock.py): complete, current, and used with --require-hashes
by `make`, the notebooks and llama-cpp-python's sdist build; a tampered file is refused by a real pip."""

import base64
import hashlib
import importlib.util
import os
import re
import subprocess
import sys
import zipfile

import pytest
import tomllib
from conftest import ROOT

LOCK = ROOT / "requirements" / "lock"
HASH = re.compile(r"--hash=sha256:[0-9a-f]{64}")


def _tool():
    spec = importlib.util.spec_from_file_location("medqa_lock_tool", ROOT / "tools" / "lock.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _entries(path) -> dict[str, tuple[str, list[str]]]:
    """name -> (version, hashes) for each requirement of a lock (a line and its backslash continuations)."""
    text = re.sub(r"\\\n", " ", path.read_text())
    out = {}
    for line in text.splitlines():
        if line and not line.startswith((" ", "#")):
            m = re.match(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==(\S+)( ; [^\\-]+)?\s", line + " ")
            assert m, f"{path.name}: not pinned with ==: {line[:80]}"
            out[_norm(m.group(1))] = (m.group(2), HASH.findall(line))
    return out


def _requirement_names(specs: list[str]) -> set[str]:
    return {_norm(re.match(r"[A-Za-z0-9._-]+", s).group(0)) for s in specs}


LOCKS = sorted(LOCK.glob("*.txt"))


@pytest.mark.parametrize("path", LOCKS, ids=lambda p: p.name)
def test_every_requirement_is_pinned_with_its_hashes(path):
    entries = _entries(path)
    assert entries, f"{path.name} pins nothing"
    for name, (version, hashes) in entries.items():
        assert hashes, f"{path.name}: {name}=={version} has no sha256"
    assert not re.search(r"(?m)^\s*(-e|--index-url|--extra-index-url|-i |--find-links|-f )", path.read_text()), \
        f"{path.name}: an option in a lock would change where pip looks"


def test_the_locks_are_written_from_todays_inputs():
    digest = _tool().inputs_digest()
    for path in LOCKS:
        assert f"# inputs sha256: {digest}\n" in path.read_text(), \
            f"{path.name}: pyproject.toml or requirements/ changed since it was written: run make lock"


def test_the_locks_cover_the_dependencies_and_extras_they_install():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    extras = project["optional-dependencies"]
    build = _requirement_names([line for line in (ROOT / "requirements" / "build.in").read_text().splitlines()
                                if line and not line.startswith("#")])
    not_locked = {"llama-cpp-python"}  # install_llama_cpp.py's wheel; its dependencies are locked
    platform_torch = {"torch"}  # the notebooks keep the platform's

    def wanted(names, drop=frozenset()):
        specs = project["dependencies"] + [s for n in names for s in extras[n]]
        return (_requirement_names(specs) | build) - not_locked - drop

    cases = {"cpu-py311.txt": wanted(extras), "cpu-py311-demo.txt": wanted(["export", "eval"]),
             "cuda-py311.txt": wanted(["unsloth", "eval", "export"], platform_torch),
             "cuda-py312.txt": wanted(["unsloth", "eval", "export"], platform_torch),
             "build.txt": build}
    for name, need in cases.items():
        missing = need - set(_entries(LOCK / name))
        assert not missing, f"{name} lacks {sorted(missing)}"
    for name in ("cuda-py311.txt", "cuda-py312.txt"):
        kept = {n for n in _entries(LOCK / name) if n in ("torch", "triton") or n.startswith(("nvidia-", "cuda-"))}
        assert not kept, f"{name} would replace the platform's CUDA torch: {sorted(kept)}"
    llama = ["typing-extensions", "numpy", "diskcache", "jinja2"]  # llama-cpp-python 0.3.34's dependencies
    assert set(llama) <= set(_entries(LOCK / "cpu-py311-demo.txt")) & set(_entries(LOCK / "cuda-py312.txt"))
    assert set(_entries(LOCK / "unsloth.txt")) == {"unsloth", "unsloth-zoo"}


def test_the_locks_agree_with_the_pins_and_with_each_other():
    cpu = _entries(LOCK / "cpu-py311.txt")
    for line in (ROOT / "requirements" / "pins.txt").read_text().splitlines():
        m = re.match(r"^([A-Za-z0-9._-]+)==(\S+)", line)
        if m and _norm(m.group(1)) in cpu:
            assert cpu[_norm(m.group(1))][0] == m.group(2), f"pins.txt says {line}, the lock {cpu[_norm(m.group(1))]}"
    assert cpu["torch"][0] == "2.13.0+cpu" and "torch==2.13.0\n" in (ROOT / "requirements/constraints.txt").read_text()
    assert _entries(LOCK / "torch-cpu-py311.txt") == {"torch": cpu["torch"]}
    for name in ("cpu-py311-demo.txt", "cuda-py311.txt", "build.txt"):
        for pkg, (version, _) in _entries(LOCK / name).items():
            assert pkg not in cpu or cpu[pkg][0] == version, f"{name}: {pkg}=={version}, cpu-py311.txt: {cpu[pkg][0]}"
    unsloth = _entries(LOCK / "unsloth.txt")
    for line in (ROOT / "requirements" / "unsloth.txt").read_text().splitlines():
        if "==" in line:
            name, version = line.split("==")
            assert unsloth[_norm(name)][0] == version.strip()


# ---------------------------------------------------------------------------------------- who uses them
def test_make_installs_only_from_the_locks():
    make = (ROOT / "Makefile").read_text()
    variables = dict(re.findall(r"(?m)^([A-Z_]+) :?= (.*)$", make))
    assert "--require-hashes" in variables["PIP"].split()
    assert {"--no-deps", "--no-build-isolation", "-e"} <= set(variables["PIP_PROJECT"].split())
    installs = make.split("\nlock:")[0]  # `make lock` installs uv, the tool that writes the locks
    assert "pip install" not in installs.replace(variables["PIP"], "").replace(variables["PIP_PROJECT"], "")
    used = re.findall(r"\$\(PIP\)(.*)", installs)
    assert used and all(re.search(r"-r \$\(LOCK\)/[\w.-]+\.txt$", u.strip()) for u in used), used
    for name in re.findall(r"-r \$\(LOCK\)/([\w.-]+\.txt)", installs):
        assert (LOCK / name).is_file(), name
    assert "--no-deps -r $(LOCK)/unsloth.txt" in installs


def test_the_notebooks_install_from_the_cuda_lock_for_their_python():
    from medqa.common import MedqaError
    from medqa.notebook import packages

    p100 = {"torch_ok": False}
    for py in ((3, 11), (3, 12)):
        commands = [c[3:] for c in packages.install_commands(p100, python=py)]
        assert ["install", "--disable-pip-version-check", "--require-hashes", "-r",
                f"requirements/lock/cuda-py{py[0]}{py[1]}.txt"] in commands
        for c in commands:
            if c and c[0] == "install":
                assert "--require-hashes" in c or c[-4:] == ["--no-deps", "--no-build-isolation", "-e", "."] \
                    or c[2:] == packages.TORCH_CU126, c
    with pytest.raises(MedqaError, match="Python 3.11 and 3.12, this is Python 3.10"):
        packages.install_commands(None, python=(3, 10))


def test_llama_cpp_python_sdist_is_built_hash_checked_without_isolation(monkeypatch):
    from medqa.export import llamacpp

    ran = []
    monkeypatch.setattr(llamacpp, "_pip", lambda cmd, cmake: ran.append((cmd, cmake)) or _stop(cmd))
    monkeypatch.setattr(llamacpp, "_remove_prebuilt", lambda: None)
    with pytest.raises(_Stop) as stop:
        llamacpp.install(from_source=True, log=lambda m: None)
    assert ran[0][0][-4:] == ["install", "--require-hashes", "-r", str(llamacpp.BUILD_LOCK)]
    build, requirement = ran[1][0], stop.value.requirement
    assert {"--no-deps", "--no-build-isolation", "--require-hashes"} <= set(build)
    assert requirement == f"{llamacpp.PREBUILT['python']} --hash=sha256:{llamacpp.SDIST['sha256']}\n"


class _Stop(Exception):
    requirement = ""


def _stop(cmd):
    """Lets the build-tools step pass, then stops at the build with the requirement file it was given."""
    if "-r" in cmd and cmd[cmd.index("-r") + 1].endswith("llama-cpp-python.txt"):
        stop = _Stop()
        stop.requirement = open(cmd[cmd.index("-r") + 1]).read()
        raise stop


# ---------------------------------------------------------------------------------------- pip itself
def _wheel(folder, name, version, requires=()):
    """A minimal, valid pure-Python wheel."""
    dist = f"{name}-{version}.dist-info"
    files = {f"{name}/__init__.py": b"",
             f"{dist}/METADATA": ("Metadata-Version: 2.1\nName: %s\nVersion: %s\n%s" % (
                 name, version, "".join(f"Requires-Dist: {r}\n" for r in requires))).encode(),
             f"{dist}/WHEEL": b"Wheel-Version: 1.0\nGenerator: medqa-test\nRoot-Is-Purelib: true\nTag: py3-none-any\n"}
    record = "".join(f"{n},sha256={base64.urlsafe_b64encode(hashlib.sha256(d).digest()).rstrip(b'=').decode()},"
                     f"{len(d)}\n" for n, d in files.items()) + f"{dist}/RECORD,,\n"
    path = folder / f"{name}-{version}-py3-none-any.whl"
    with zipfile.ZipFile(path, "w") as z:
        for n, d in {**files, f"{dist}/RECORD": record.encode()}.items():
            z.writestr(n, d)
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _pip_download(tmp_path, lock_text):
    (tmp_path / "lock.txt").write_text(lock_text)
    cmd = [sys.executable, "-m", "pip", "download", "--isolated", "--disable-pip-version-check", "--no-index",
           "--find-links", str(tmp_path / "wheels"), "--require-hashes", "-d", str(tmp_path / "out"),
           "-r", str(tmp_path / "lock.txt")]
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIP_")}
    return subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120)


def test_pip_refuses_a_tampered_file_an_unhashed_line_and_an_unlocked_dependency(tmp_path):
    (tmp_path / "wheels").mkdir()
    good = _wheel(tmp_path / "wheels", "medqa_lockprobe", "1.0", requires=["medqa_lockdep==2.0"])
    dep = _wheel(tmp_path / "wheels", "medqa_lockdep", "2.0")
    both = f"medqa-lockprobe==1.0 --hash=sha256:{good}\nmedqa-lockdep==2.0 --hash=sha256:{dep}\n"
    ok = _pip_download(tmp_path, both)
    assert ok.returncode == 0, ok.stdout + ok.stderr

    tampered = _pip_download(tmp_path, both.replace(good, hashlib.sha256(b"another file").hexdigest()))
    assert tampered.returncode != 0 and "DO NOT MATCH THE HASHES" in tampered.stderr
    unhashed = _pip_download(tmp_path, f"medqa-lockprobe==1.0 --hash=sha256:{good}\nmedqa-lockdep==2.0\n")
    assert unhashed.returncode != 0 and "Hashes are required" in unhashed.stderr
    unlocked = _pip_download(tmp_path, f"medqa-lockprobe==1.0 --hash=sha256:{good}\n")
    assert unlocked.returncode != 0 and "medqa-lockdep" in unlocked.stderr.lower().replace("_", "-")


def test_the_notebook_checks_out_its_release_not_the_newest_commit(tmp_path, monkeypatch):
    spec = importlib.util.spec_from_file_location("notebooks_build", ROOT / "notebooks" / "build.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    for platform in ("kaggle", "colab"):
        sources = "".join("".join(c["source"]) for c in build.notebook(platform)["cells"])
        assert f'REPO_REF = "v{version}"' in sources

    src = tmp_path / "medqa-src"
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@t", "-C", str(src)]
    subprocess.run(["git", "init", "-q", str(src)], check=True)
    (src / "which").write_text("release\n")
    subprocess.run(git + ["add", "which"], check=True)
    subprocess.run(git + ["commit", "-qm", "release"], check=True)
    subprocess.run(git + ["tag", f"v{version}"], check=True)
    (src / "which").write_text("newer, unreleased\n")
    subprocess.run(git + ["commit", "-qam", "newer"], check=True)

    monkeypatch.chdir(tmp_path)  # no medqa checkout above it: the cell clones
    clone = tmp_path / "clone"
    cell = build.GET_CODE.format(clone_dir=clone)
    exec(cell, {"os": os, "REPO_URL": str(src), "REPO_REF": f"v{version}"})  # noqa: S102  (the cell, as written)
    assert (clone / "which").read_text() == "release\n"
