"""The running process: recorded faults, crash points for the fault tests, log redaction."""
