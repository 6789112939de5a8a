// Entry point of the `statefulset-studio` command: runs the command line against the real
// process and sets the exit code.
import { exitQuietlyOnBrokenPipe, nodeIo } from './cliIo';
import { runCli } from './runCli';

exitQuietlyOnBrokenPipe();
runCli(process.argv.slice(2), nodeIo()).then((code) => {
  process.exitCode = code;
});
