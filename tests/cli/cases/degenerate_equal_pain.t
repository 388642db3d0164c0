# equal_pain.csv: pain is 3 on every run: as pain_free, no factor can be
# judged and no p-value is computed. statsmodels' residual sum of squares is
# below 1e-27 (tests/reference/degenerate_check.py).
# The report is pain_free's, word for word (degenerate_pain_free.t).
$ for l in pain_free equal_pain; do runlog analyze tests/data/degenerate/$l.csv --no-charts | sed -n '/^What goes/,/^$/p;/^Each factor/,/^  plain/p' > $T/$l.txt; runlog analyze tests/data/degenerate/$l.csv --no-charts -f json | /usr/bin/python3 tests/cli/model_summary.py >> $T/$l.txt; done; diff $T/pain_free.txt $T/equal_pain.txt && echo same
> same
