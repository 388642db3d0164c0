# a hand log with D/M/YYYY dates: a first field above 12 (13/11/2022)
# decides day first for the whole column; time_mmss is mm:ss
$ runlog analyze tests/data/real/sheet_dmy.csv --no-charts | sed -n 2,3p
>   read as a spreadsheet: 10 runs, 0 strength sessions
>   2022-11-02 to 2022-11-16 (15 days): 10 runs, 10 scored, mean pain 3.0
