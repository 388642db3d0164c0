# The usual spellings take the reader's fast path and every other spelling
# the general parsers: a log and its copy with each value spelled otherwise
# ("5.7000", "35:47", "Yes", "N", quoted " ann ", "2025-02-03T00:00") give
# the same JSON and the same warnings, pooled and for one athlete
$ sh tests/cli/spellings.sh $T
> same pooled
> same ann
