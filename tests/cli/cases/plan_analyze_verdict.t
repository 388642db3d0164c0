# tests/data/plan/planted.csv follows plan.csv (rest, 10 pairs of 1-week
# blocks, every remedy block kept) and resting every other day lowers pain
# by 1.5 points (tests/data/plan/generate.py): the verdict says the remedy
# helps, as planned and as kept, with its CI and randomisation p (their
# numbers are checked against Python in tests/reference/plan_test_check.py)
$ runlog analyze tests/data/plan/planted.csv --plan tests/data/plan/plan.csv --no-charts --format markdown
~ ## Your self-experiment: rest
~ Complete (the log reaches their end and they have a scored run): 20 blocks, 10 pairs. You kept to the remedy in 10 of the 10 complete remedy blocks.
~ - **as planned** In your log, resting every other day went with 1.6 fewer pain points (95% CI 1.2 to 2.0; randomisation p \< 0.001, 20 blocks). Because the blocks were chosen at random, this is evidence that resting every other day helps you.
~ - **as kept** In your log, resting every other day went with 1.6 fewer pain points (95% CI 1.2 to 2.0; randomisation p \< 0.001, 20 blocks). Because the blocks were chosen at random, this is evidence that resting every other day helps you.
~ | 1 | 1 | usual | 01-05 to 01-11 |
