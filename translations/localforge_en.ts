<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AddServerDialog</name>
    <message>
        <source>Add a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of an Ollama, LM Studio, llama.cpp, vLLM or other OpenAI-compatible server: a GPU box, a Docker host, another port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a server address. Write it as host:port or http://host:port, for example 192.168.1.20:11434.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the password as this server&apos;s API token (in the system keychain, not in the address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the password as the API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name and password are left out of the address. %1 is reached over plain http: a token sent there can be read on the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name and password are left out of the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a port: ports go from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put an IPv6 address in brackets, its port after them: for example [fe80::1]:11434.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server is already in the list, as %1: Show it selects it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the port: for example %1:11434 (Ollama) or %1:1234 (LM Studio).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiCallDialog</name>
    <message>
        <source>Show me the API call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server is selected: the snippets use no address. Pick a server on the left first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n8n runs in Docker on this machine (use host.docker.internal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shell script (*.sh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python script (*.py)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n8n workflow (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n8n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server needs its API token: set %1 to it first (for example `export %1=…`); the snippets read it from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request LocalForge sends to %1 at %2 for the conversation so far, with the system prompt and parameters in use. Paste it in a terminal, start a script from it, or import the workflow into n8n.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request LocalForge sends to %1 at %2 for the conversation so far and the message being written, with the system prompt and parameters in use. Paste it in a terminal, start a script from it, or import the workflow into n8n.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Nothing answers on %1. Start the server (for Ollama: `ollama serve`; for LM Studio: Developer → Start server), or check the address and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name “%1” could not be found. Check the spelling, or use the machine&apos;s IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2. Check that the server is running and reachable from this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The server said: “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP 403).%2 An Ollama server bound to loopback rejects other host names: start it with OLLAMA_HOST=0.0.0.0 to reach it from another machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found on %1 (HTTP 404).%2 If a model is missing, pull or download it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is busy or still loading (HTTP 503).%2 Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reported an internal error (HTTP %2).%3 Check the server&apos;s log; a smaller model or context often helps when memory runs out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected the request (HTTP %2).%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server stopped with an error: “%1”. What was written so far is kept; check the server&apos;s log, or try a smaller model or context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 closed before the answer was complete. What was written so far is kept. Check that the server is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check that the server is running and reachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered something that is not the expected protocol (%2). Check that the address points at an LLM server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 on %2 answers, but not as %3. Another program is using the port: stop it, or start %3 on another port and add that address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 on %2 answers, but not as an LLM server LocalForge knows. Check the address and the port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no model called “%1” to download (the server said: “%2”). Check the name and the tag, for example llama3.2:1b.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading %1 failed: “%2”. What was downloaded is kept; try again to resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent nothing for %2 s. A large model can take minutes to load: raise the timeout (Parameters beside the chat, or Preferences), or try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the API token LocalForge sent (HTTP 401).%2 The token may be wrong, changed or revoked: enter the server&apos;s current token in its settings (Servers → Edit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks for an API token (HTTP 401).%2 Add the server&apos;s token in its settings (Servers → Edit), or turn off authentication on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LM Studio at %1 has no model loaded.%2 Load one (the Load button, or `lms load`), or turn on just-in-time loading in LM Studio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not have this model.%2 Pull (download) it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ran out of memory (HTTP %2).%3 Choose a smaller model (or a smaller quantization), or a shorter context (Parameters → Context length).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server ran out of memory: “%1”. What was written so far is kept. Choose a smaller model (or a smaller quantization), or a shorter context (Parameters → Context length).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing answers on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ollama runs on this machine but listens on 127.0.0.1 only, so %1 (and every other machine) cannot reach it. Restart it with OLLAMA_HOST=0.0.0.0 (for the service: `systemctl edit ollama`, add Environment=&quot;OLLAMA_HOST=0.0.0.0&quot;; on macOS: `launchctl setenv OLLAMA_HOST 0.0.0.0`, then restart the app).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered through a proxy or gateway that could not reach the server behind it (HTTP 502 Bad Gateway).%2 Check that the LLM server behind the proxy is running, and that the proxy points at its address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy or gateway at %1 gave up waiting for the server behind it (HTTP 504 Gateway Timeout).%2 A large model can take minutes to load: try again, or raise the proxy&apos;s timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent more than %2 MB where a short answer was expected, so LocalForge stopped reading. Check that the address points at an LLM server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kept sending for more than %2 s where a short answer was expected, so LocalForge stopped reading. Check that the address points at an LLM server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server sent an event of more than %2 MB, so LocalForge stopped reading the answer there. What came before it is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server sent a line of more than %2 MB, so LocalForge stopped reading the answer there. What came before it is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers at %2, but its API is not under %3. Change the address to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not finish loading %2 within %3 s, so LocalForge stopped waiting. The server may still be loading it: check the loaded models in a moment, or the server&apos;s log. For a model that takes longer, raise the request timeout in Preferences and load it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 closed before the download of %2 was complete. The parts downloaded so far stay on the server: Retry resumes from there. If it keeps happening, check that the server is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was removed from LocalForge before this was done, so LocalForge stopped there and did nothing more on it. To use it again, add it again (Add server…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model cannot think (it has no thinking mode).%1 Set Thinking to Default or Off in the chat&apos;s Parameters, or choose a model that thinks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Ollama app, or run `%1` in a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In LM Studio, open Developer and switch on Start server, or run `%1`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Ollama from the Start menu, or run `%1` in a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run `systemctl start ollama` (installed as a service) or `%1`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With Docker: `docker run -d -p %1:11434 -v ollama:/root/.ollama --name ollama ollama/ollama`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has too many requests to answer now (HTTP 429).%2 Wait a moment and try again; on a server a whole room shares, ask fewer people to send at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1, run `%2`: Ollama answers only its own machine unless OLLAMA_HOST says otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run `%1` in a terminal: Ollama listens on port 11434 unless OLLAMA_HOST says otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the server (for Ollama: `%1`; for LM Studio: `%2`; for llama.cpp: `%3`), or check the address and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1, start the server (for Ollama: `%2`; for LM Studio: `%3`; for llama.cpp: `%4`), or check the address and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start it with `%1`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1, start it with `%2`.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BenchCommand</name>
    <message>
        <source>Name at least one model: localforge --bench MODEL[@SERVER_URL] [MODEL...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” names no model. Write MODEL or MODEL@SERVER_URL, e.g. llama3.2@127.0.0.1:11434.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a server address. Write it like 127.0.0.1:11434 or http://gpu-box:11434.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the server, or check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No LLM server answers on %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No LLM server found. Start Ollama (`ollama serve`) or LM Studio&apos;s server, or name the server: MODEL@SERVER_URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no model named %2. It has: %3. Pull it first (for Ollama: `ollama pull %2`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server found has a model named %1. Pull it first (for Ollama: `ollama pull %1`), or name its server: %1@SERVER_URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every run failed: see the errors above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the models of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BenchExport</name>
    <message>
        <source>Machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eval tok/s (LocalForge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eval tok/s (server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFT (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak RAM (GiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warm only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another folder, or free some disk space.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BenchPrompts</name>
    <message>
        <source>Short question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of a French paragraph</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BenchResult</name>
    <message>
        <source>This benchmark file was written by a newer LocalForge (format %1). Update LocalForge to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The benchmark file is damaged: a run names model number %1, and the file lists %2. Export it again on the other machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a LocalForge benchmark file. Export one with Benchmark → Export → JSON on the other machine.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BenchRunner</name>
    <message>
        <source>This LM Studio is older than 0.4 and cannot unload a model over its API, so the run is warm. Unload it with `lms unload --all` before a cold run, or update LM Studio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>llama.cpp&apos;s server keeps the model it was started with in memory and cannot unload it, so the run is warm. For a cold start, restart llama-server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vLLM loads its model when it starts and cannot unload it, so the run is warm. For a cold start, restart vLLM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server has no way to unload a model over its API, so the run is warm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A benchmark is already running. Stop it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model is chosen. Tick at least one model in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No prompt is chosen. Tick at least one prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of runs must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 is not available any more. Start it again, then run the benchmark again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unloading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server went away during the benchmark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warming up %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, run %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request failed without a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not unloaded and loaded again within %2 s, the time a request may take, so its runs stopped. Check that the server still answers; for a large model, raise the time limit in Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer that loads the model before its runs failed, so it has no runs: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BenchStore</name>
    <message>
        <source>Could not create the folder %1 for benchmarks. Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a list of prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own benchmark prompts could not be read (%1). The file was moved to %2; copy them from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own benchmark prompts could not be read (%1) from %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BenchmarkChart</name>
    <message>
        <source>Eval tokens per second (measured by LocalForge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars: median eval tokens per second of each model; whiskers: the slowest and the fastest run; dashed line: 30 tokens per second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tok/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fluid: %1 tok/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warm only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results yet. Each model&apos;s speed shows here as a bar, from its slowest to its fastest run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BenchmarkColumns</name>
    <message>
        <source>Reset columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BenchmarkPage</name>
    <message>
        <source>Models to benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the models to compare, on any of the servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add prompt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a prompt of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected prompt of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs per prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm or cold runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold (unload first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm and cold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm: the model is loaded once before the runs. Cold: it is unloaded before each run and its load time recorded (llama.cpp and vLLM cannot unload: their runs stay warm, and the table says so).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop now; the runs that finished are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past benchmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to show a past benchmark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected past benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected past benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Models&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Prompts&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;uns per prompt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ma&amp;x tokens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs &amp;are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Past benchmarks&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import another machine&apos;s benchmark JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show another machine&apos;s exported benchmark side by side with this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the imported benchmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prompt every model will answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in prompts stay; untick one to leave it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n run(s) kept.</source>
        <translation>
            <numerusform>Stopped: %n run kept.</numerusform>
            <numerusform>Stopped: %n runs kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished: %n run(s).</source>
        <translation>
            <numerusform>Finished: %n run.</numerusform>
            <numerusform>Finished: %n runs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to export yet: run a benchmark or show a past one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with another machine&apos;s benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(stopped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the benchmark %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the models to compare and the prompts to run, then click “Run benchmark”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>temperature 0, seed 42</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same on every request, so runs compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As CSV (every run), as a Markdown table for slides, or as JSON for another machine to compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, every run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown table for slides…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medians with the range over the runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON, to compare on another machine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing the benchmark of %1: %n run(s) per prompt, %2 tokens at most, %3.</source>
        <translation>
            <numerusform>Showing the benchmark of %1: %n run per prompt, %2 tokens at most, %3.</numerusform>
            <numerusform>Showing the benchmark of %1: %n runs per prompt, %2 tokens at most, %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>cold runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warm runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warm and cold runs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BenchmarkTableModel</name>
    <message>
        <source>cold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warm only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server does not report its own generation rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reported or not measured for this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generation rate measured by LocalForge: tokens after the first, over the time from the first to the last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generation rate as the server reports it (Ollama, llama.cpp).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far LocalForge&apos;s rate is from the server&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to first token: request sent to first token, load included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak memory in use on the machine during the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eval tok/s (LocalForge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eval tok/s (server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt tok/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server RSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak RAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Median %1, lowest %2, highest %3, over %n run(s).</source>
        <translation>
            <numerusform>Median %1, lowest %2, highest %3, over %n run.</numerusform>
            <numerusform>Median %1, lowest %2, highest %3, over %n runs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Peak resident memory of the server&apos;s processes during the run, every model they hold included (this machine only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU memory the model holds, as its server reports it (Ollama). Otherwise the GPU&apos;s memory in use at its peak during the run, every program included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (the warm-up failed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartLegend</name>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model that answers the next message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask something… (Ctrl+Enter to send, Esc to stop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the message (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the answer; what came so far is kept (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(loaded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server has no chat model yet. Pull or download one (for Ollama: `ollama pull llama3.2`), then it appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the request this conversation makes, as curl, Python and an n8n workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this conversation as Markdown or JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System prompt, temperature, context length and the other request parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask again for the last answer, with the model chosen now (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An answer is still coming. Stop it first (Esc).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the question, then send it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to export yet: this conversation has no message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulling %1: see the Models tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1… a large model can take minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is loaded: send your message again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That server is gone or cannot load models any more: choose a server and send your message again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatSession</name>
    <message>
        <source>An answer is still coming. Stop it first (Esc).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a message first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server is selected. Pick one in the list on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model is selected. Choose one in the model list; if the list is empty, pull or download a model on the server first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no answer to regenerate yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Thinking (%n word(s))</source>
        <translation>
            <numerusform>Thinking (%n word)</numerusform>
            <numerusform>Thinking (%n words)</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this address in your web browser?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its host name, written in plain letters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… The message goes on for %Ln more character(s).</source>
        <translation>
            <numerusform>… The message goes on for %Ln more character.</numerusform>
            <numerusform>… The message goes on for %Ln more characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Code block of %Ln line(s), folded</source>
        <translation>
            <numerusform>Code block of %Ln line, folded</numerusform>
            <numerusform>Code block of %Ln lines, folded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Long text of %Ln character(s), folded</source>
        <translation>
            <numerusform>Long text of %Ln character, folded</numerusform>
            <numerusform>Long text of %Ln characters, folded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Code block of %Ln line(s)</source>
        <translation>
            <numerusform>Code block of %Ln line</numerusform>
            <numerusform>Code block of %Ln lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Long text of %Ln character(s)</source>
        <translation>
            <numerusform>Long text of %Ln character</numerusform>
            <numerusform>Long text of %Ln characters</numerusform>
        </translation>
    </message>
    <message>
        <source>Shown once the answer is complete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationExport</name>
    <message>
        <source>System prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2. Nothing was changed; choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationLibrary</name>
    <message>
        <source>This conversation is no longer in the list (it was deleted). Choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationStore</name>
    <message>
        <source>LocalForge closed while this answer was coming; what had arrived is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the conversation to %1: %2. The previous copy is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read and was moved to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: this LocalForge only reads conversations (another one is running and keeps them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data could not all be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened (%2). It is left as it is; check that you can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer LocalForge and is left as it is. Update LocalForge to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read, and could not be moved aside either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted: this LocalForge only reads conversations (another one is running and keeps them).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationsPanel</name>
    <message>
        <source>New chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An answer is still coming. Stop it (Esc) before opening another conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1
%n message(s) · %2</source>
        <translation>
            <numerusform>%1
%n message · %2</numerusform>
            <numerusform>%1
%n messages · %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” and its %n message(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Delete “%1” and its %n message? This cannot be undone.</numerusform>
            <numerusform>Delete “%1” and its %n messages? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>LocalForge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory and GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAM: %1 available of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAM: not known on this system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU: no NVIDIA GPU answered (NVML, nvidia-smi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU %1: %2, %3 used of %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n model</numerusform>
            <numerusform>%n models</numerusform>
        </translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>named “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind forced to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has a token (not shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phoenix gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None in this conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU %1: %2, memory shared with the system (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LocalForge %1, Qt %2 (built with %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, kernel %2 %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (loaded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>healthy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DownloadJob</name>
    <message>
        <source>This server cannot download models over its API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is gone: it stopped answering or was removed. Download again once it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No progress for %n second(s): stopped, to be tried again.</source>
        <translation>
            <numerusform>No progress for %n second: stopped, to be tried again.</numerusform>
            <numerusform>No progress for %n seconds: stopped, to be tried again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DownloadListModel</name>
    <message>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>downloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stalled: no progress for a while</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server keeps what it downloaded: downloading again resumes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading again starts over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LocalForge stopped following it; LM Studio goes on downloading (see its Downloads panel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetching a lost part again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused in LM Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server busy (HTTP %1), trying again in %2 (attempt %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection lost, trying again in %1 (attempt %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused in LM Studio: resume it in its Downloads panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no progress, trying again in %1 (attempt %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DownloadsPanel</name>
    <message>
        <source>Downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model to download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download this model to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the selected download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the selected download again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name, e.g. ibm/granite-4-micro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name:tag, e.g. llama3.2:1b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name from LM Studio&apos;s catalogue, or a Hugging Face address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name from the Ollama library, with its tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a server first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a model name first, for example ibm/granite-4-micro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a model name first, for example llama3.2:1b.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already downloading: see it in the list below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyStatePage</name>
    <message>
        <source>&lt;p&gt;LocalForge looks on 127.0.0.1 at ports 11434 (Ollama), 1234 (LM Studio), 8080 and 9931 (llama.cpp) and 8000 (vLLM), and at OLLAMA_HOST.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ollama&lt;/b&gt;: start it with&lt;/p&gt;%1&lt;p&gt;or in Docker:&lt;/p&gt;%2&lt;p&gt;&lt;b&gt;LM Studio&lt;/b&gt;: open the Developer tab and switch on “Start server”, or run&lt;/p&gt;%3&lt;p&gt;&lt;b&gt;llama.cpp&lt;/b&gt;:&lt;/p&gt;%4&lt;p&gt;LocalForge notices a server a few seconds after it starts.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a remote host…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A GPU box or a Docker host on your network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for servers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing answered. Start a server, or add one by address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a server&apos;s API token, address or kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for LLM servers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No LLM server found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server answered but cannot be used yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch this machine&apos;s memory and GPU while a server starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers you added:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportersDialog</name>
    <message>
        <source>Remote hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monitor can chart the RAM and GPUs of a remote host (a GPU box, a Docker host) from its Prometheus exporters: node exporter for RAM (usually port 9100) and NVIDIA&apos;s DCGM exporter for the GPUs (usually port 9400). LocalForge only reads them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node exporter URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DCGM exporter URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gpu-box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of “%1” (%2) holds a user name or password (“user:password@”). LocalForge does not keep it: its settings are stored in clear, where anyone who can read them would see the password. Remove it from the address, and let the exporter answer without a password on your local network, or put it behind a reverse proxy that lets in only this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each host needs a name and at least one exporter URL, starting with http:// or https://, such as http://gpu-box:9100/metrics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of “%1” (%2) is not an exporter&apos;s: it must start with http:// or https://, such as http://gpu-box:9100/metrics.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FitAdvice</name>
    <message>
        <source>Needs about %1 (weights %2, KV cache %3 for %4 tokens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs at least %1 (weights %2; the context adds more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: fits in unified memory (%2 free).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: will not fit (%2 of unified memory free). Try a smaller model, a smaller quantization or a shorter context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: fits on the GPU (%2 free).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: will be split between the GPU (%2 free) and the CPU (%3 of RAM free), which is slower.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: fits in RAM (%2 free); no GPU memory was found, so it runs on the CPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: will not fit (%2 of RAM free%3). Try a smaller model, a smaller quantization or a shorter context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 of GPU memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. The free memory of that host is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all on GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split: %1% GPU / %2% CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs at most %1 (weights %2, KV cache at most %3 for %4 tokens: some layers look back only %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs between %1 and %2 (weights %3, KV cache %4 to %5 for %6 tokens): it may fit. How many of its layers look back only %7 tokens, and so need less, the model does not say.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1 tok/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFT %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (measured)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>total %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to first token (measured)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generation rate (measured)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total time (measured)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generation rate (server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output tokens (server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generation time (server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt tokens (server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cached prompt tokens (server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt time (server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt rate (server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load time (server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to first token (server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total time (server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(API %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n model</numerusform>
            <numerusform>%n models</numerusform>
        </translation>
    </message>
    <message>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chunks received (about one per token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing answers on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers, but not as an LLM server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an API token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>prompt %n token(s)</source>
        <translation>
            <numerusform>prompt %n token</numerusform>
            <numerusform>prompt %n tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>load %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until unloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unload after each answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> @ %1</source>
        <comment>the prompt&apos;s processing rate</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GatewayPanel</name>
    <message>
        <source>Phoenix gateway providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switching to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phoenix gateway · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not healthy (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a provider, or choose it and press Enter, to make it the one the gateway uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, healthy, in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, not healthy, in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, not healthy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpResponseParser</name>
    <message>
        <source>The server closed the connection before its answer was complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a line too long for an HTTP answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer has no end to its headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an invalid Content-Length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in HTTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a malformed HTTP header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a malformed chunk of its answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LmStudioDownload</name>
    <message>
        <source>This LM Studio cannot download models over its API (that needs LM Studio 0.4 or later): download %1 from its Discover tab, or with “lms get %1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LM Studio cannot download “%1”: “%2”. LM Studio takes a name from its catalogue (such as ibm/granite-4-micro) or a Hugging Face address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LM Studio reports that downloading %1 failed. Its Downloads panel may say why; downloading again starts over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LM Studio stopped reporting on the download of %1: “%2”. Its Downloads panel shows whether it goes on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LmStudioProvider</name>
    <message>
        <source>LM Studio has no way to delete a model over its API. Delete it in LM Studio&apos;s My Models tab, or remove its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This LM Studio is older than 0.4 and cannot unload over its API. Run `lms unload %1`, or update LM Studio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This LM Studio is older than 0.4 and cannot load over its API. Run `lms load %1`, or update LM Studio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This LM Studio is older than 0.4 and cannot download over its API: run `lms get &lt;model&gt;` instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LM Studio cannot delete models over its API: use its My Models tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads are offered once LocalForge has read this LM Studio&apos;s model list (the list says what keeps it from reading it).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Found %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 stopped answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the server that answers (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a server by address: a GPU box, a Docker host, another port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for servers again now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) running</source>
        <translation>
            <numerusform>%n server running</numerusform>
            <numerusform>%n servers running</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request timeout and language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is downloaded and ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mo&amp;nitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every server&apos;s address, name, kind, defaults and API token; import and export settings or a Phoenix gateway&apos;s phoenix.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions, servers, models, memory and the last errors, as text to copy (tokens are left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen for a projector: large text, the chat and the live charts side by side (F11; Esc leaves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop &amp;checklist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks servers, models, memory, a shared server and n8n before a hands-on session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export workshop kit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes docker-compose.yml, pull-models.sh, the n8n workflow, a Python client and a French LISEZMOI.md for participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About LocalForge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About LocalForge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LocalForge %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A control panel for the LLM servers on this machine and on the machines you name: Ollama, LM Studio and OpenAI-compatible engines.

Built with Qt %1, running on Qt %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading %1 stopped: no progress for a while. Retry it from the Models tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is downloaded and ready on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricsStrip</name>
    <message>
        <source>Live figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System memory, the servers&apos; own memory and the generation speed, live. The Monitor tab charts them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAM %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU not answering</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loaded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <source>Filter models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, family, quantization…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server for its models again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected model from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free the memory the selected model holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded in memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models on %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a model to see its details.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 from %2? Its files are removed from the server; downloading it again takes the full download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not say which models are loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by the server: %1. Estimated before loading: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unloading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the selected model into memory, with a context length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep models loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long Ollama keeps a model in memory after its last use (sent with every load and message to this server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep loaded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only Ollama lets a client choose how long a model stays loaded; LM Studio unloads by its own idle timer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context length for %1 (tokens). A longer context needs more memory for its KV cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1… a large model can take minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker on macOS gives containers no GPU: run the Ollama app itself rather than its container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the server runs in Docker, start the container with --gpus=all (NVIDIA Container Toolkit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs on the CPU only although this machine has a GPU, so answers are slow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Otherwise the model may not fit in GPU memory: try a smaller model or a shorter context, and check that GPU layers is not set to 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reports no memory use: the size shown is on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The models shown are from the last time the list could be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the list of models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server changed while the dialog was open, so nothing was done. Choose the model again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop waiting for the model being loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped waiting for %1 to load. The server may still finish loading it: it then shows here, and Unload frees its memory.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonitorCharts</name>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generation speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tok/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System RAM used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAM total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ollama processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LM Studio processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>llama-server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vLLM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU memory used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU memory total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server&apos;s final figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU load chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generation speed chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 RAM used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 RAM total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GPU memory used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GPU memory total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GPU load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>llama-server at %1, average (/metrics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No NVIDIA or Apple GPU found on this machine (neither NVML nor nvidia-smi answered), so its GPU memory and load are not drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No NVIDIA or Apple GPU found on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The GPU has not answered for %n second(s) (its driver, NVML or nvidia-smi, failed or hangs): its lines end at the last figures read.</source>
        <translation>
            <numerusform>The GPU has not answered for %n second (its driver, NVML or nvidia-smi, failed or hangs): its lines end at the last figures read.</numerusform>
            <numerusform>The GPU has not answered for %n seconds (its driver, NVML or nvidia-smi, failed or hangs): its lines end at the last figures read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The GPU has not answered for %n second(s).</source>
        <translation>
            <numerusform>The GPU has not answered for %n second.</numerusform>
            <numerusform>The GPU has not answered for %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ollama at %1: models on the GPU (reported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ollama at %1: models loaded (reported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GiB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonitorPage</name>
    <message>
        <source>Time window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze the charts; sampling goes on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the charts as an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every sample as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote hosts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart a GPU box&apos;s RAM and GPUs from its Prometheus exporters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote hosts problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OllamaChatStream</name>
    <message>
        <source>a line that is not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OllamaProvider</name>
    <message>
        <source>Ollama accepted the unload, but %1 is still listed as loaded. It may be answering another request; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenAiChatStream</name>
    <message>
        <source>an event that is not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not an event stream</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionalSpinBox</name>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParametersPanel</name>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System prompt preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system prompt: the model&apos;s own default applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as preset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Randomness: 0 always picks the likeliest token; higher values vary more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nucleus sampling: only the likeliest tokens whose probabilities add up to this share are considered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longest answer, in tokens (Ollama num_predict, OpenAI max_tokens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same seed with the same prompt and temperature gives the same answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context length in tokens (num_ctx). A longer context takes more memory; a change reloads the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers put on the GPU (num_gpu); 0 runs on the CPU only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU threads used for the layers on the CPU (num_thread).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a thinking model to think first (Ollama think). The thinking is shown apart from the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long Ollama keeps the model in memory after the answer (keep_alive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to wait for the model to load or for the next token before giving up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top &amp;p:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max &amp;tokens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Context length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;GPU layers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU t&amp;hreads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;hinking:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep loaded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time&amp;out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the defaults for this model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use for all models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make these values the defaults of this server, for every model that does not set its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save system prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only Ollama takes this with each request. For %1, set it where the server is started or the model is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a model to set its parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1. “Default” uses this server&apos;s defaults, then the server&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this system prompt in the preset list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the chosen preset out of the list (the prompt in use stays)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already in the list. Choose another name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have a preset named “%1”: saving replaces its text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoenixConfig</name>
    <message>
        <source>This is not a valid phoenix.json: %1 at character %2. Correct the file (a JSON checker shows the place), then import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file has no “providers” object, so it is not a Phoenix gateway configuration. Choose the phoenix.json the gateway reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider “%1” is not a JSON object; it was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider “%1” has no baseUrl; it was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider “%1” was skipped: its baseUrl “%2” is not an http:// or https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider “%1” has no apiType; LocalForge will detect which kind of server answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider “%1” has an apiType LocalForge does not know (“%2”); it will detect which kind of server answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider “%1”: “enabled” is neither true nor false; it was taken as true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider “%1”: “%2” is not a number; it was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider “%1”: “%2” is not a whole number; it was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider “%1”: the timeout %2 ms is not usable; it was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider “%1”: the timeout %2 ms was rounded up to %3 s; exporting writes %4 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider “%1”: “options” is not a JSON object; it was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers “%1” and “%2” have the same address, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default provider “%1” is not among the imported providers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider “%1”: the user name and password in its baseUrl were left out. Set the password as the server&apos;s API token in Servers if it needs one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoenixGateway</name>
    <message>
        <source> It said: “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Phoenix gateway at %1 answered its health check with HTTP %2.%3 Check that this is the gateway&apos;s address (port 18789 by default) and look at its log (docker logs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON: %1 at character %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON without a status or a list of providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the provider the gateway should use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Phoenix gateway now sends requests to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its answer to the switch is not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Phoenix gateway failed to switch to “%1” (HTTP %2). Check its log (docker logs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Phoenix gateway failed to switch to “%1”: “%2” (HTTP %3). Check its log (docker logs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Phoenix gateway refused to switch to “%1”. Choose one of the providers it lists, or add this one to phoenix.json and restart the gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Phoenix gateway refused to switch to “%1”: “%2”. Choose one of the providers it lists, or add this one to phoenix.json and restart the gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing answers on %1: the Phoenix gateway is not running there. Start its container (docker start), or check the address and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Phoenix gateway at %1 did not answer in time. Check that its container is running (docker ps) and not stuck.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered, but not as a Phoenix gateway (%2). Check that this is the gateway&apos;s address (port 18789 by default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lists %2 providers in its health check, more than the %3 LocalForge shows, so it was not used. Check that this is the Phoenix gateway&apos;s address (port 18789 by default) and its phoenix.json.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to wait while the server sends nothing: a large model can take minutes to load before the first token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies the next time LocalForge starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor sampling interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often the monitor samples memory, GPU and speed (500 ms = 2 samples a second; an hour is kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Monitor sampling:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresenterView</name>
    <message>
        <source>LocalForge — Presenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenter view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last answer&apos;s generation rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc: leave · Ctrl+= / Ctrl+- / Ctrl+0: text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live memory and speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer yet (target: 30 tok/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last answer: fluid (30 tok/s or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last answer: below 30 tok/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last answer: no rate (it stopped or failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last answer, %1: fluid (30 tok/s or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last answer, %1: below 30 tok/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the largest text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the largest text size this screen holds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsIndicator</name>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Provider</name>
    <message>
        <source>%1 cannot download models over its API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server cannot delete or download models over its API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot delete models over its API.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PullProgress</name>
    <message>
        <source>The server sent progress for more than %1 different layers, and a model has fewer than a hundred, so the download was stopped. Check that the address points at Ollama itself and not at a proxy that changes its answers, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoteExporters</name>
    <message>
        <source>“%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node exporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DCGM exporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered, but not with %2 metrics. Use the exporter&apos;s /metrics address, for example %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks for a password (HTTP %2). LocalForge does not store exporter passwords: let the %3 answer without one on your local network, or put it behind a reverse proxy that lets in only this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no such page (HTTP 404). Use the %2&apos;s /metrics address, for example %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with HTTP %2. Check that the %3 is running there, and its log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing answers on %1. Check that the %2 is running on that host and that its port is open to this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent more than %2 MB, so LocalForge stopped reading. Check that this is the %3&apos;s /metrics address, for example %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kept sending for more than %2 s, so LocalForge stopped reading. Check that the %3 and the network to it are not overloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check that the %2 is running and reachable from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanReport</name>
    <message>
        <source>No LLM server found. Start Ollama (`ollama serve`) or LM Studio&apos;s server, or name a host with OLLAMA_HOST.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n model</numerusform>
            <numerusform>%n models</numerusform>
        </translation>
    </message>
    <message>
        <source>? models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(needs a token)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerKind</name>
    <message>
        <source>OpenAI-compatible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerListModel</name>
    <message>
        <source>in use</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServersDialog</name>
    <message>
        <source>Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gpu-box:11434 or http://10.0.0.5:1234</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown instead of the kind and version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force the kind when detection cannot tell (a proxy in front of the server, say)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model the chat picks for this server when none was chosen before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to wait for a model to load or for the next token. Default: the one in Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LM Studio&apos;s API token, llama-server&apos;s --api-key or a reverse proxy&apos;s bearer token. Kept in the system keychain only; sent as &quot;Authorization: Bearer&quot; to this server alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Context length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;GPU layers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU t&amp;hreads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time&amp;out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers, parameters, presets and preferences as a JSON file. Tokens are never exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import phoenix.json…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export phoenix.json…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These servers as a Phoenix gateway&apos;s providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is forgotten (removed from the keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token is set; type a new one to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token: requests go without an Authorization header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept for this run only: no system keychain answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the new server&apos;s address, then Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a server address. Write it as host:port or http://host:port, for example 192.168.1.20:11434.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token over plain http</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is reached over plain http, so anyone on the network between here and there can read the token. Use https (a reverse proxy) if you can.

Send the token over http anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the token would travel in clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget %1, its settings and its token? A server found on this machine is still listed while it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings exported to %1 (without tokens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import phoenix.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n provider(s) from %1.</source>
        <translation>
            <numerusform>Imported %n provider from %1.</numerusform>
            <numerusform>Imported %n providers from %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export phoenix.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 (without tokens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. LocalForge is asking the server now; its state shows in the list on the left of the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings imported and applied; tokens were not part of the file. A new language takes effect at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password in the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address holds a user name or password. LocalForge never keeps them in an address (it would show in settings, exports and conversations).

Keep the password as this server&apos;s API token, in the system keychain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token saved for %1 would now be sent to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is reached over plain http, so anyone on the network between here and there can read the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token for a new address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the token to the new address?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send it there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the token was not confirmed for the new address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already set up, updated with the file&apos;s values; their names and other defaults were kept: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be LocalForge&apos;s settings (%2 MB). Choose the file “Export settings…” wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ma&amp;x tokens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API tok&amp;en:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new server is not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes to %1 are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save now, or discard what you typed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token is saved for this server, but the system keychain could not give it (%1), so requests go without it. Unlock or start your keyring and restart LocalForge, or type the token again and Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the token from the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1 is already in the list, as “%2”. Select it there to change its settings, or type another address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the token of %1 is still being read from the system keychain. Save again in a moment, so that it can go with the new address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the token of %1 could not be read from the system keychain, and changing the address would lose it. Unlock your keyring and restart LocalForge, or type the token again and Save.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>This file is not a LocalForge settings file. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This settings file was written by a newer LocalForge. Update LocalForge to import it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings cannot be saved to %1: the file or its folder cannot be written. What you change lasts until LocalForge quits. Check that the folder exists and that you may write in it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Could not create the lock file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not listen for other launches: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LocalForge is already running but does not answer. Close it (or end its process), then start LocalForge again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LocalForge is already running but did not take the arguments.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StreamReply</name>
    <message>
        <source>This LocalForge cannot use encrypted (https) connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation canceled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StreamedAnswer</name>
    <message>
        <source>… The thinking goes on: all of it is kept, and shown once the answer is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… %Ln more character(s) so far, all kept: once the answer is complete, “Show all” shows them.</source>
        <translation>
            <numerusform>… %Ln more character so far, all kept: once the answer is complete, “Show all” shows them.</numerusform>
            <numerusform>… %Ln more characters so far, all kept: once the answer is complete, “Show all” shows them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SystemPrompts</name>
    <message>
        <source>Helpful and concise (French)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helpful and concise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programmer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (your preset)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>The token for %1 could not be read from the system keychain (%2). Enter it again in the server&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is saved in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain answered (%1), so the token is kept for this run only and never written to disk. Start your desktop&apos;s keyring (for example GNOME Keyring or KWallet) to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopChecklist</name>
    <message>
        <source>A server answers at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on the server at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fits this machine&apos;s memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 loads and answers a one-line prompt (ready offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other machines can reach the server at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n8n answers at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 answers (%3 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the server (for Ollama: `ollama serve`, or `docker compose up -d` in the workshop kit folder), then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It does not answer as an LLM server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: the server that holds the models does not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: the server does not answer on this machine either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: this server cannot list its models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the server&apos;s models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not list its models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: the server did not list its models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull it now (Pull), or run `ollama pull %1` on that machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download %1 with the server&apos;s own tools (LM Studio: Discover tab), then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: the model is not there yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is there (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a smaller variant (for example llama3.2:1b or qwen2.5:0.5b) or close other programs, then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known: LocalForge knows the memory of this machine only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known: the server does not say how big the model is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for its turn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: this server cannot chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the model and asking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer with one word: ready?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered “%1” in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens/s (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fluid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below 30 tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It runs on another machine and answers here over the network, so participants on the same network reach it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This machine has no network address besides loopback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect it to the room&apos;s network (Wi-Fi or cable), then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1 as another machine would…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It answers at %1: participants add that address (LocalForge: Add server…; or OLLAMA_HOST=%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing answers at %1: it listens on loopback only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing answers at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the server listen on every address (Ollama: OLLAMA_HOST=0.0.0.0) and let port %1 through the firewall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n8n answers (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It answers HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing answers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start n8n: `docker compose up -d n8n` in the workshop kit folder, or `npx n8n`; it listens on port 5678.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to pull on this line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LocalForge pulls only to a server in its list: add %1 first (Add server…), or run `ollama pull %2` on that machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulling %1… (progress in the Models tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LocalForge workshop check, %1: %2 passed, %3 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the download was cancelled or stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulling %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull it again, or pull it in the Models tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded and thinking after %1 s: “%2”. The short test stops before the answer comes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopDialog</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants use this machine&apos;s Ollama (one shared server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses of the servers that must answer, separated by commas. The first one holds the models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The models every participant needs, separated by commas (for example phi3, llama3.2, mistral).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One shared server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that other machines reach this machine&apos;s Ollama (it must listen on 0.0.0.0, not on 127.0.0.1 only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n8n address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. http://127.0.0.1:5678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When set, checks that n8n answers there (its /healthz page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Servers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Models:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;n8n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result and fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks every line again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the checklist and its results as plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export workshop kit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export workshop kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a folder for participants: docker-compose.yml (Ollama and n8n), pull-models.sh, the n8n workflow, a Python client and a French LISEZMOI.md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulling %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download %1 to the server now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n check(s) passed.</source>
        <translation>
            <numerusform>Ready: %n check passed.</numerusform>
            <numerusform>Ready: %n checks passed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) to fix; each red line says how.</source>
        <translation>
            <numerusform>%n check to fix; the red line says how.</numerusform>
            <numerusform>%n checks to fix; each red line says how.</numerusform>
        </translation>
    </message>
    <message>
        <source>The checklist is copied as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop kit is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export workshop kit into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kit is in %1: docker-compose.yml, pull-models.sh, n8n-workflow.json, client.py and LISEZMOI.md. Give participants the folder; LISEZMOI.md walks them through it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the servers and models the session needs, then click “Check all”: each line says what is ready and how to fix what is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds files with the kit&apos;s names and another text: %2. Replace them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopKit</name>
    <message>
        <source>Could not create the folder %1. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another folder, or free some space, and export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds %2. Nothing was written: choose an empty folder, or agree to replace them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A control panel for local LLM servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find servers, print them and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the window, wait for discovery, save a PNG of it and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --screenshot: send this message and wait for the answer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the interface (en, fr).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --scan or --bench: print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open on this page: chat, models, monitor or benchmark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark the models named as MODEL[@SERVER_URL] arguments, print the results and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --bench: runs per prompt (3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --bench: tokens per answer at most (256).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --bench: unload each model before each run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --bench: the prompt (default: the short question).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --bench: print CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --bench: MODEL[@SERVER_URL] ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Benchmark tab beside another machine&apos;s exported JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--runs wants a whole number of 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-tokens wants a whole number of 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LocalForge starts without checking for another one: close any other LocalForge window, as two would save the same conversations.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
