# numbers parse the same under any LC_NUMERIC
$ LC_ALL=de_DE.UTF-8 LC_NUMERIC=de_DE.UTF-8 runlog analyze tests/data/basic.csv --no-charts --format json > $T/de.json; LC_ALL=C runlog analyze tests/data/basic.csv --no-charts --format json > $T/c.json; cmp $T/de.json $T/c.json && grep -c '"mean_pain": 2.83333333333' $T/c.json
> 1
