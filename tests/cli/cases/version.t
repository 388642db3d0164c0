# runlog --version prints the version
$ runlog --version
> runlog 0.1.0
