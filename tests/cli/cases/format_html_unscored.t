# HTML for a log without pain scores: the plain word and the caution, no
# tables, no charts and no chart folder
$ runlog analyze tests/data/unscored.csv --format html --out $T/plots | grep -E '^<(h1|h2|p|figure|table|div)'; ls $T
> <h1>runlog: tests/data/unscored.csv</h1>
> <p>read as a runlog log: 2 runs, 0 strength sessions</p>
> <p>2025-03-01 to 2025-03-02 (2 days): 2 runs, 0 scored, mean pain -</p>
> <h2>Nothing to analyse yet</h2>
> <p>There are no runs with a pain score to analyse yet. Add a pain score from 0 to 10 to each run, and runlog will look for what goes with it.</p>
> <p class="note"><strong>Caution:</strong> runlog finds patterns in your log; it does not diagnose. Sharp pain, or pain that lasts for days, needs a doctor or a physiotherapist.</p>
