// Entry point of the `statefulset-studio` command (filled in by the CLI work).
process.stdout.write('statefulset-studio: not yet implemented\n');
