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
        <source>%1 asks for an API token (HTTP 401).%2 Turn off authentication on the server, or use the server&apos;s token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent nothing for %2 s. A large model can take minutes to load: raise the request timeout in Preferences, or try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 on %2 answers, but not as an LLM server LocalForge knows. Check the address and the port.</source>
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
        <source>New chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new conversation</source>
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
</context>
<context>
    <name>EmptyStatePage</name>
    <message>
        <source>No LLM server found on this machine</source>
        <translation type="unfinished"></translation>
    </message>
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
</context>
<context>
    <name>OllamaChatStream</name>
    <message>
        <source>a line that is not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenAiChatStream</name>
    <message>
        <source>an event that is not JSON: %1</source>
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
        <source>With --scan: print JSON.</source>
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
</context>
</TS>
