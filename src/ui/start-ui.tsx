// Renders the App into the terminal and resolves when the user quits. Loaded by `kubeward ui`
// with a dynamic import, so other commands never load React or Ink.
import { render } from "ink";
import { App } from "./app.tsx";
import { nodeServices, type NodeServicesOptions } from "./node-services.ts";

export async function startUi(opts: NodeServicesOptions & { color: boolean; stdout: NodeJS.WriteStream; stdin: NodeJS.ReadStream }): Promise<void> {
  const instance = render(<App services={nodeServices(opts)} color={opts.color} />, { stdout: opts.stdout, stdin: opts.stdin, exitOnCtrlC: false, patchConsole: true });
  await instance.waitUntilExit();
}
