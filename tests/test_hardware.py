"""The card rules, fed with capabilities rather than read from a GPU."""

import pytest

from medqa.hardware import Device, HardwareError, check_torch_build, choose_backend, choose_precision, triton_ok

CPU = Device("cpu", None)
P100 = Device("Tesla P100-PCIE-16GB", (6, 0), ("sm_50", "sm_60", "sm_70", "sm_75", "sm_80", "sm_86", "sm_90"))
T4 = Device("Tesla T4", (7, 5), ("sm_75", "sm_80", "sm_86", "sm_90", "sm_100", "sm_120"))
A100 = Device("NVIDIA A100-SXM4-40GB", (8, 0), ("sm_75", "sm_80", "sm_86", "sm_90", "sm_100", "sm_120"))
# Kaggle's current torch (CUDA 12.8 build) on its P100: no sm_60 kernels in the build.
P100_CU128 = Device("Tesla P100-PCIE-16GB", (6, 0), ("sm_70", "sm_75", "sm_80", "sm_86", "sm_90", "sm_100", "sm_120"))


def test_auto_picks_peft_on_p100_and_says_why():
    backend, notice = choose_backend("auto", P100)
    assert backend == "peft"
    assert "6.0" in notice and "7.0" in notice and "\n" not in notice


def test_unsloth_on_p100_fails_with_the_reason():
    with pytest.raises(HardwareError, match="compute capability 6.0, below the 7.0"):
        choose_backend("unsloth", P100)


@pytest.mark.parametrize("device", [T4, A100])
def test_auto_picks_unsloth_from_volta_on(device):
    assert choose_backend("auto", device) == ("unsloth", None)


def test_auto_on_cpu_is_peft():
    assert choose_backend("auto", CPU)[0] == "peft"
    assert choose_backend("peft", P100) == ("peft", None)


def test_torch_without_the_cards_kernels_stops_with_the_fix():
    with pytest.raises(HardwareError, match="cu126") as e:
        check_torch_build(P100_CU128)
    assert "sm_60" in str(e.value)
    check_torch_build(P100)  # a build that carries sm_60 passes
    check_torch_build(T4)
    check_torch_build(Device("H100", (9, 0), ("sm_80", "compute_80")))  # PTX is JIT-compiled for newer cards


def test_precision_rules():
    with pytest.raises(HardwareError, match="set model.precision=fp16"):
        choose_precision("bf16", T4)
    assert choose_precision("auto", T4) == "fp16"
    assert choose_precision("auto", P100) == "fp16"
    assert choose_precision("auto", A100) == "bf16"
    assert choose_precision("fp16", A100) == "fp16"
    assert choose_precision("bf16", CPU) == "fp32"


def test_triton_needs_volta():
    assert not triton_ok(P100) and not triton_ok(CPU) and triton_ok(T4)
