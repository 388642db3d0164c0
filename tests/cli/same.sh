# Sourced by the scripts that run runlog twice and compare (split.sh,
# spellings.sh). same NAME A B prints "same NAME" when the files A and B
# are equal and so are A.err and B.err, else "DIFFERENT NAME" and the first
# differences.
same() {
	if cmp -s "$2" "$3" && cmp -s "$2.err" "$3.err"; then
		echo "same $1"
	else
		echo "DIFFERENT $1"
		diff "$2" "$3" | head -10
		diff "$2.err" "$3.err" | head -10
	fi
}
