"""The process and the disk it runs on: where the data folder is and who may read it, the log, disk
errors told apart from bugs, heavy imports on a thread, and work-arounds for library bugs."""
