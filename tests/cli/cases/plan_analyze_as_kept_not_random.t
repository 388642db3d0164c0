# tests/data/plan/planted.csv with one more run, on 2026-01-13, in remedy
# block 2: that block is not kept, so as kept drops pair 1. The pairs as
# kept are picked by what the runner did, not by the coin: only as planned
# may call a clear difference evidence that the remedy helps
$ { cat tests/data/plan/planted.csv; echo 2026-01-13,8.0,2.0,yes,yes,no; } > $T/k.csv; runlog analyze $T/k.csv --plan tests/data/plan/plan.csv --no-charts --format markdown | grep -e '\*\*as'
> - **as planned** In your log, resting every other day went with 1.7 fewer pain points (95% CI 1.2 to 2.1; randomisation p \< 0.001, 20 blocks). Because the blocks were chosen at random, this is evidence that resting every other day helps you.
> - **as kept** In your log, resting every other day went with 1.6 fewer pain points (95% CI 1.2 to 2.1; randomisation p = 0.002, 18 blocks). As kept leaves out the pairs whose remedy block you did not keep to, a choice of yours and not the coin's, so this alone is no evidence that resting every other day helps you: as planned is the fair test.
