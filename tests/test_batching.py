import random

import pytest

from medqa.data.batching import TokenBudgetBatchSampler


def lengths(n=500, seed=0):
    rng = random.Random(seed)
    return [min(1024, max(40, int(rng.lognormvariate(5.6, 0.6)))) for _ in range(n)]


def test_every_row_once_and_within_budget():
    ls = lengths()
    s = TokenBudgetBatchSampler(ls, 4096, seed=1)
    seen = [i for b in s for i in b]
    assert sorted(seen) == list(range(len(ls)))
    assert all(max(ls[i] for i in b) * len(b) <= 4096 for b in s)
    assert len(list(s)) == len(s)


def test_little_padding_and_fuller_batches_than_fixed_rows():
    ls = lengths()
    s = TokenBudgetBatchSampler(ls, 4096, seed=1)
    padded = sum(max(ls[i] for i in b) * len(b) for b in s)
    assert 1 - sum(ls) / padded < 0.1  # under 10 % padding
    assert sum(ls) / len(s) > 8 * 300  # more tokens per step than 8 median dialogs


def test_order_changes_per_epoch_batches_do_not_and_biggest_first():
    ls = lengths()
    s = TokenBudgetBatchSampler(ls, 4096, seed=1)
    e0 = list(s)
    s.set_epoch(1)
    e1 = list(s)
    assert e0 != e1 and sorted(map(tuple, e0)) == sorted(map(tuple, e1))
    assert max(ls[i] for i in e1[0]) * len(e1[0]) == max(max(ls[i] for i in b) * len(b) for b in e1)
    assert list(TokenBudgetBatchSampler(ls, 4096, seed=1)) == e0  # deterministic: resume sees the same order


def test_row_longer_than_budget_is_refused():
    with pytest.raises(ValueError, match="raise train.batch_tokens"):
        TokenBudgetBatchSampler([100, 5000], 4096)


def step_spread(s: TokenBudgetBatchSampler, ls: list[int], world: int) -> float:
    """Mean over steps of (slowest rank's padded tokens / the step's mean): 1.0 is perfect balance."""
    cost = [max(ls[i] for i in b) * len(b) for b in s]
    steps = [cost[k:k + world] for k in range(0, len(cost) - world + 1, world)]
    return sum(max(c) / (sum(c) / len(c)) for c in steps) / len(steps)


def test_ranks_of_a_step_get_batches_of_equal_cost():
    ls = [min(2048, max(40, n * 4)) for n in lengths(2000, seed=3)]
    plain = TokenBudgetBatchSampler(ls, 4096, seed=1)
    grouped = TokenBudgetBatchSampler(ls, 4096, seed=1, per_step=2)
    assert sorted(map(tuple, grouped)) == sorted(map(tuple, plain))  # the same batches, regrouped
    # accelerate gives batch k to rank k % 2: disjoint shares of equal size
    shares = [[i for k, b in enumerate(grouped) if k % 2 == r for i in b] for r in (0, 1)]
    assert not set(shares[0]) & set(shares[1]) and abs(len(list(grouped)[0::2]) - len(list(grouped)[1::2])) <= 1
    assert step_spread(plain, ls, 2) > 1.05  # ungrouped, the slower rank of a step has >5 % more work
    assert step_spread(grouped, ls, 2) < 1.01
    # one GPU accumulating 2 micro-batches trains the same steps as 2 GPUs with one each
    assert list(TokenBudgetBatchSampler(ls, 4096, seed=1, per_step=2)) == list(grouped)
    first = list(grouped)[0]
    assert max(ls[i] for i in first) * len(first) == max(plain.padded)  # still the costliest batch first


def test_padded_batches_fit_the_budget_and_keep_the_rows_order():
    """With train.pad_to_multiple_of the collator pads each batch to a multiple of 8: batches are cut on the
    padded length, so none exceeds the budget once padded, and the rows come in the same order as without it."""
    ls = [n + 1 for n in lengths(2000, seed=4)]  # odd lengths: most rows gain padding
    plain = TokenBudgetBatchSampler(ls, 4096, seed=1)
    padded = TokenBudgetBatchSampler(ls, 4096, seed=1, multiple=8)
    cost = [max(-(-ls[i] // 8) * 8 for i in b) * len(b) for b in padded.batches]
    assert max(cost) <= 4096 and cost == padded.padded
    assert max(max(-(-ls[i] // 8) * 8 for i in b) * len(b) for b in plain.batches) > 4096  # unpadded cuts overflow
    assert [i for b in padded.batches for i in b] == [i for b in plain.batches for i in b]
    assert sorted(i for b in padded for i in b) == list(range(len(ls)))


def test_a_row_that_fits_only_unpadded_is_refused_with_the_multiple_named():
    with pytest.raises(ValueError, match="padded to a multiple of 8"):
        TokenBudgetBatchSampler([100, 4093], 4095, multiple=8)


@pytest.fixture(scope="module")
def demo_trainer(tiny_model_dir, tmp_path_factory):
    """The tests' demo recipe as MedqaSFTTrainer, on the tiny model (CPU, plain PEFT)."""
    from conftest import DEMO

    from medqa.bench.measure import load_for_bench
    from medqa.training.trainer import build_trainer

    b = load_for_bench(str(DEMO), [], [])
    return build_trainer(b.cfg, b.plan, b.model, b.tokenizer, b.train_ds, b.val_ds, b.out / "checkpoints", "none")


def test_every_training_and_evaluation_batch_is_padded_to_the_recipes_multiple(demo_trainer):
    import torch

    train, evaluation = list(demo_trainer.get_train_dataloader()), list(demo_trainer.get_eval_dataloader())
    assert (m := demo_trainer.args.pad_to_multiple_of) == 16 and train and evaluation
    for batch in train + evaluation:
        width = batch["input_ids"].shape[1]
        assert width % m == 0 and batch["labels"].shape == batch["attention_mask"].shape == batch["input_ids"].shape
        assert (batch["labels"][batch["attention_mask"] == 0] == -100).all()  # padding never carries loss
    assert all(b["input_ids"].numel() <= demo_trainer.batch_tokens for b in train)
    # some batches' longest row is not a multiple of 16: the padding is what made their widths multiples
    assert any(int(b["attention_mask"].sum(1).max()) % m for b in train)
    assert any(int(b["attention_mask"].sum(1).max()) % m for b in evaluation)

    # padding is masked: a batch's loss padded to a multiple of 16 is its loss padded to its longest row
    model = demo_trainer.model.eval()
    for batch in evaluation[:2] + train[:2]:
        longest = int(batch["attention_mask"].sum(1).max())
        trimmed = {k: v[:, :longest] for k, v in batch.items()}
        with torch.no_grad():
            padded_loss, trimmed_loss = (model(**b).loss.item() for b in (batch, trimmed))
        assert abs(padded_loss - trimmed_loss) < 1e-5, (padded_loss, trimmed_loss)
    model.train()


def test_a_budget_below_the_padded_max_length_is_refused_by_the_recipe():
    from conftest import DEMO

    from medqa.config import ConfigError, load_config

    with pytest.raises(ConfigError, match=r"model.max_length=510 \(padded to a multiple of 16: 512\)"):
        load_config(DEMO, ["model.max_length=510", "train.batch_tokens=510"])
    assert load_config(DEMO, ["model.max_length=510", "train.batch_tokens=510",
                              "train.pad_to_multiple_of=null"]).train.batch_tokens == 510


def test_evaluation_warm_up_runs_first_second_and_last_batch_and_changes_nothing(demo_trainer):
    import torch

    trainer, widths = demo_trainer, []
    collate = trainer.data_collator

    def seen(examples):
        batch = collate(examples)
        widths.append(tuple(batch["input_ids"].shape))
        return batch

    before = {n: p.detach().clone() for n, p in trainer.model.named_parameters() if p.requires_grad}
    rng, trainer.data_collator = torch.get_rng_state(), seen
    trainer.model.train()
    try:
        trainer.warm_up_evaluation()
    finally:
        trainer.data_collator = collate
    rows, n = trainer.args.per_device_eval_batch_size, len(trainer.eval_dataset)
    assert n > 2 * rows and len(widths) == 3 and widths[-1][0] == (n - 1) % rows + 1  # first, second, last
    assert all(w % 8 == 0 for _, w in widths)
    assert trainer.model.training and torch.equal(rng, torch.get_rng_state())
    assert all(torch.equal(before[n], p) for n, p in trainer.model.named_parameters() if p.requires_grad)
