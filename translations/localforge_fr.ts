<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AddServerDialog</name>
    <message>
        <source>Add a server</source>
        <translation>Ajouter un serveur</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>The address of an Ollama, LM Studio, llama.cpp, vLLM or other OpenAI-compatible server: a GPU box, a Docker host, another port.</source>
        <translation>L&apos;adresse d&apos;un serveur Ollama, LM Studio, llama.cpp, vLLM ou autre serveur compatible OpenAI&#xa0;: une machine GPU, un hôte Docker, un autre port.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>“%1” is not a server address. Write it as host:port or http://host:port, for example 192.168.1.20:11434.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse de serveur. Saisissez-la sous la forme hôte:port ou http://hôte:port, par exemple 192.168.1.20:11434.</translation>
    </message>
    <message>
        <source>Keep the password as this server&apos;s API token (in the system keychain, not in the address)</source>
        <translation>Garder le mot de passe comme jeton d&apos;API de ce serveur (dans le trousseau du système, pas dans l&apos;adresse)</translation>
    </message>
    <message>
        <source>Keep the password as the API token</source>
        <translation>Garder le mot de passe comme jeton d&apos;API</translation>
    </message>
    <message>
        <source>The user name and password are left out of the address. %1 is reached over plain http: a token sent there can be read on the network.</source>
        <translation>Le nom d&apos;utilisateur et le mot de passe sont retirés de l&apos;adresse. %1 est joint en http non chiffré&#xa0;: un jeton envoyé là-bas peut être lu sur le réseau.</translation>
    </message>
    <message>
        <source>The user name and password are left out of the address.</source>
        <translation>Le nom d&apos;utilisateur et le mot de passe sont retirés de l&apos;adresse.</translation>
    </message>
    <message>
        <source>%1 is not a port: ports go from 1 to 65535.</source>
        <translation>%1 n&apos;est pas un port&#xa0;: les ports vont de 1 à 65535.</translation>
    </message>
    <message>
        <source>Put an IPv6 address in brackets, its port after them: for example [fe80::1]:11434.</source>
        <translation>Mettez une adresse IPv6 entre crochets, et son port après&#xa0;: par exemple [fe80::1]:11434.</translation>
    </message>
    <message>
        <source>Show it</source>
        <translation>L&apos;afficher</translation>
    </message>
    <message>
        <source>This server is already in the list, as %1: Show it selects it.</source>
        <translation>Ce serveur est déjà dans la liste, sous %1&#xa0;: «&#xa0;L&apos;afficher&#xa0;» le sélectionne.</translation>
    </message>
    <message>
        <source>Add the port: for example %1:11434 (Ollama) or %1:1234 (LM Studio).</source>
        <translation>Ajoutez le port&#xa0;: par exemple %1:11434 (Ollama) ou %1:1234 (LM Studio).</translation>
    </message>
</context>
<context>
    <name>ApiCallDialog</name>
    <message>
        <source>Show me the API call</source>
        <translation>Voir l&apos;appel d&apos;API</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODELE</translation>
    </message>
    <message>
        <source>No server is selected: the snippets use no address. Pick a server on the left first.</source>
        <translation>Aucun serveur n&apos;est sélectionné&#xa0;: les extraits n&apos;ont pas d&apos;adresse. Choisissez d&apos;abord un serveur à gauche.</translation>
    </message>
    <message>
        <source>n8n runs in Docker on this machine (use host.docker.internal)</source>
        <translation>n8n tourne dans Docker sur cette machine (utiliser host.docker.internal)</translation>
    </message>
    <message>
        <source>Shell script (*.sh)</source>
        <translation>Script shell (*.sh)</translation>
    </message>
    <message>
        <source>curl</source>
        <translation>curl</translation>
    </message>
    <message>
        <source>Python script (*.py)</source>
        <translation>Script Python (*.py)</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>n8n workflow (*.json)</source>
        <translation>Workflow n8n (*.json)</translation>
    </message>
    <message>
        <source>n8n</source>
        <translation>n8n</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>This server needs its API token: set %1 to it first (for example `export %1=…`); the snippets read it from there.</source>
        <translation>Ce serveur demande son jeton d&apos;API&#xa0;: mettez-le d&apos;abord dans %1 (par exemple `export %1=…`)&#xa0;; les extraits le lisent là.</translation>
    </message>
    <message>
        <source>The request LocalForge sends to %1 at %2 for the conversation so far, with the system prompt and parameters in use. Paste it in a terminal, start a script from it, or import the workflow into n8n.</source>
        <translation>La requête que LocalForge envoie à %1 sur %2 pour la conversation jusqu&apos;ici, avec le prompt système et les paramètres en vigueur. Collez-la dans un terminal, partez-en pour un script, ou importez le workflow dans n8n.</translation>
    </message>
    <message>
        <source>The request LocalForge sends to %1 at %2 for the conversation so far and the message being written, with the system prompt and parameters in use. Paste it in a terminal, start a script from it, or import the workflow into n8n.</source>
        <translation>La requête que LocalForge envoie à %1 sur %2 pour la conversation jusqu&apos;ici et le message en cours d&apos;écriture, avec le prompt système et les paramètres en vigueur. Collez-la dans un terminal, partez-en pour un script, ou importez le workflow dans n8n.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Nothing answers on %1. Start the server (for Ollama: `ollama serve`; for LM Studio: Developer → Start server), or check the address and port.</source>
        <translation>Rien ne répond sur %1. Démarrez le serveur (pour Ollama&#xa0;: `ollama serve`&#xa0;; pour LM Studio&#xa0;: Developer → Start server), ou vérifiez l&apos;adresse et le port.</translation>
    </message>
    <message>
        <source>The host name “%1” could not be found. Check the spelling, or use the machine&apos;s IP address.</source>
        <translation>Le nom d&apos;hôte «&#xa0;%1&#xa0;» est introuvable. Vérifiez l&apos;orthographe ou utilisez l&apos;adresse IP de la machine.</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2. Check that the server is running and reachable from this machine.</source>
        <translation>La connexion à %1 a échoué&#xa0;: %2. Vérifiez que le serveur est démarré et accessible depuis cette machine.</translation>
    </message>
    <message>
        <source> The server said: “%1”.</source>
        <translation> Réponse du serveur&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP 403).%2 An Ollama server bound to loopback rejects other host names: start it with OLLAMA_HOST=0.0.0.0 to reach it from another machine.</source>
        <translation>%1 a refusé la requête (HTTP 403).%2 Un serveur Ollama qui n&apos;écoute qu&apos;en local (loopback) rejette les autres noms d&apos;hôte&#xa0;: démarrez-le avec OLLAMA_HOST=0.0.0.0 pour y accéder depuis une autre machine.</translation>
    </message>
    <message>
        <source>Not found on %1 (HTTP 404).%2 If a model is missing, pull or download it first.</source>
        <translation>Introuvable sur %1 (HTTP 404).%2 S&apos;il manque un modèle, téléchargez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>%1 is busy or still loading (HTTP 503).%2 Wait a moment and try again.</source>
        <translation>%1 est occupé ou encore en cours de chargement (HTTP 503).%2 Patientez un instant puis réessayez.</translation>
    </message>
    <message>
        <source>%1 reported an internal error (HTTP %2).%3 Check the server&apos;s log; a smaller model or context often helps when memory runs out.</source>
        <translation>%1 a signalé une erreur interne (HTTP %2).%3 Consultez le journal du serveur&#xa0;; en cas de mémoire insuffisante, un modèle ou un contexte plus petit aide souvent.</translation>
    </message>
    <message>
        <source>%1 rejected the request (HTTP %2).%3</source>
        <translation>%1 a rejeté la requête (HTTP %2).%3</translation>
    </message>
    <message>
        <source>The server stopped with an error: “%1”. What was written so far is kept; check the server&apos;s log, or try a smaller model or context.</source>
        <translation>Le serveur s&apos;est arrêté sur une erreur&#xa0;: «&#xa0;%1&#xa0;». Le texte déjà reçu est conservé&#xa0;; consultez le journal du serveur ou essayez un modèle ou un contexte plus petit.</translation>
    </message>
    <message>
        <source>The connection to %1 closed before the answer was complete. What was written so far is kept. Check that the server is still running.</source>
        <translation>La connexion à %1 s&apos;est fermée avant la fin de la réponse. Le texte déjà reçu est conservé. Vérifiez que le serveur est toujours démarré.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check that the server is running and reachable.</source>
        <translation>%1 n&apos;a pas répondu à temps. Vérifiez que le serveur est démarré et accessible.</translation>
    </message>
    <message>
        <source>%1 answered something that is not the expected protocol (%2). Check that the address points at an LLM server.</source>
        <translation>%1 a répondu sans suivre le protocole attendu (%2). Vérifiez que l&apos;adresse désigne bien un serveur LLM.</translation>
    </message>
    <message>
        <source>Port %1 on %2 answers, but not as %3. Another program is using the port: stop it, or start %3 on another port and add that address.</source>
        <translation>Le port %1 de %2 répond, mais pas comme %3. Un autre programme utilise ce port&#xa0;: arrêtez-le, ou démarrez %3 sur un autre port et ajoutez cette adresse.</translation>
    </message>
    <message>
        <source>Port %1 on %2 answers, but not as an LLM server LocalForge knows. Check the address and the port.</source>
        <translation>Le port %1 de %2 répond, mais pas comme un serveur de LLM connu de LocalForge. Vérifiez l&apos;adresse et le port.</translation>
    </message>
    <message>
        <source>There is no model called “%1” to download (the server said: “%2”). Check the name and the tag, for example llama3.2:1b.</source>
        <translation>Il n&apos;existe aucun modèle nommé «&#xa0;%1&#xa0;» à télécharger (le serveur a répondu&#xa0;: «&#xa0;%2&#xa0;»). Vérifiez le nom et l&apos;étiquette, par exemple llama3.2:1b.</translation>
    </message>
    <message>
        <source>Downloading %1 failed: “%2”. What was downloaded is kept; try again to resume.</source>
        <translation>Le téléchargement de %1 a échoué&#xa0;: «&#xa0;%2&#xa0;». Ce qui a été téléchargé est conservé&#xa0;; réessayez pour reprendre.</translation>
    </message>
    <message>
        <source>%1 sent nothing for %2 s. A large model can take minutes to load: raise the timeout (Parameters beside the chat, or Preferences), or try again.</source>
        <translation>%1 n&apos;a rien envoyé pendant %2 s. Un gros modèle peut mettre plusieurs minutes à se charger&#xa0;: augmentez le délai d&apos;attente (Paramètres à côté de la discussion, ou Préférences), ou réessayez.</translation>
    </message>
    <message>
        <source>%1 refused the API token LocalForge sent (HTTP 401).%2 The token may be wrong, changed or revoked: enter the server&apos;s current token in its settings (Servers → Edit).</source>
        <translation>%1 a refusé le jeton d&apos;API envoyé par LocalForge (HTTP 401).%2 Le jeton est peut-être faux, changé ou révoqué&#xa0;: saisissez le jeton actuel du serveur dans ses réglages (Serveurs → Modifier).</translation>
    </message>
    <message>
        <source>%1 asks for an API token (HTTP 401).%2 Add the server&apos;s token in its settings (Servers → Edit), or turn off authentication on the server.</source>
        <translation>%1 demande un jeton d&apos;API (HTTP 401).%2 Ajoutez le jeton du serveur dans ses réglages (Serveurs → Modifier), ou désactivez l&apos;authentification sur le serveur.</translation>
    </message>
    <message>
        <source>LM Studio at %1 has no model loaded.%2 Load one (the Load button, or `lms load`), or turn on just-in-time loading in LM Studio.</source>
        <translation>LM Studio sur %1 n&apos;a aucun modèle chargé.%2 Chargez-en un (le bouton Charger, ou `lms load`), ou activez le chargement à la demande (JIT) dans LM Studio.</translation>
    </message>
    <message>
        <source>%1 does not have this model.%2 Pull (download) it first.</source>
        <translation>%1 n&apos;a pas ce modèle.%2 Téléchargez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>%1 ran out of memory (HTTP %2).%3 Choose a smaller model (or a smaller quantization), or a shorter context (Parameters → Context length).</source>
        <translation>%1 a manqué de mémoire (HTTP %2).%3 Choisissez un modèle plus petit (ou une quantification plus petite), ou un contexte plus court (Paramètres → Longueur de contexte).</translation>
    </message>
    <message>
        <source>The server ran out of memory: “%1”. What was written so far is kept. Choose a smaller model (or a smaller quantization), or a shorter context (Parameters → Context length).</source>
        <translation>Le serveur a manqué de mémoire&#xa0;: «&#xa0;%1&#xa0;». Le texte déjà reçu est conservé. Choisissez un modèle plus petit (ou une quantification plus petite), ou un contexte plus court (Paramètres → Longueur de contexte).</translation>
    </message>
    <message>
        <source>Nothing answers on %1.</source>
        <translation>Rien ne répond sur %1.</translation>
    </message>
    <message>
        <source>Ollama runs on this machine but listens on 127.0.0.1 only, so %1 (and every other machine) cannot reach it. Restart it with OLLAMA_HOST=0.0.0.0 (for the service: `systemctl edit ollama`, add Environment=&quot;OLLAMA_HOST=0.0.0.0&quot;; on macOS: `launchctl setenv OLLAMA_HOST 0.0.0.0`, then restart the app).</source>
        <translation>Ollama tourne sur cette machine mais n&apos;écoute que sur 127.0.0.1&#xa0;: %1 (et toute autre machine) ne peut pas l&apos;atteindre. Redémarrez-le avec OLLAMA_HOST=0.0.0.0 (pour le service&#xa0;: `systemctl edit ollama`, ajoutez Environment=&quot;OLLAMA_HOST=0.0.0.0&quot;&#xa0;; sur macOS&#xa0;: `launchctl setenv OLLAMA_HOST 0.0.0.0`, puis relancez l&apos;application).</translation>
    </message>
    <message>
        <source>%1 answered through a proxy or gateway that could not reach the server behind it (HTTP 502 Bad Gateway).%2 Check that the LLM server behind the proxy is running, and that the proxy points at its address.</source>
        <translation>%1 a répondu par un proxy ou une passerelle qui n&apos;a pas pu joindre le serveur placé derrière (HTTP 502 Bad Gateway).%2 Vérifiez que le serveur LLM derrière le proxy tourne et que le proxy pointe vers son adresse.</translation>
    </message>
    <message>
        <source>The proxy or gateway at %1 gave up waiting for the server behind it (HTTP 504 Gateway Timeout).%2 A large model can take minutes to load: try again, or raise the proxy&apos;s timeout.</source>
        <translation>Le proxy ou la passerelle à %1 a cessé d&apos;attendre le serveur placé derrière (HTTP 504 Gateway Timeout).%2 Un gros modèle peut mettre plusieurs minutes à se charger&#xa0;: réessayez, ou augmentez le délai d&apos;attente du proxy.</translation>
    </message>
    <message>
        <source>%1 sent more than %2 MB where a short answer was expected, so LocalForge stopped reading. Check that the address points at an LLM server.</source>
        <translation>%1 a envoyé plus de %2 Mo là où une réponse courte était attendue&#xa0;: LocalForge a cessé de lire. Vérifiez que l&apos;adresse désigne bien un serveur LLM.</translation>
    </message>
    <message>
        <source>%1 kept sending for more than %2 s where a short answer was expected, so LocalForge stopped reading. Check that the address points at an LLM server.</source>
        <translation>%1 a continué d&apos;envoyer pendant plus de %2 s là où une réponse courte était attendue&#xa0;: LocalForge a cessé de lire. Vérifiez que l&apos;adresse désigne bien un serveur LLM.</translation>
    </message>
    <message>
        <source>%1: the server sent an event of more than %2 MB, so LocalForge stopped reading the answer there. What came before it is kept.</source>
        <translation>%1&#xa0;: le serveur a envoyé un événement de plus de %2 Mo&#xa0;; LocalForge a cessé de lire la réponse à cet endroit. Ce qui précède est conservé.</translation>
    </message>
    <message>
        <source>%1: the server sent a line of more than %2 MB, so LocalForge stopped reading the answer there. What came before it is kept.</source>
        <translation>%1&#xa0;: le serveur a envoyé une ligne de plus de %2 Mo&#xa0;; LocalForge a cessé de lire la réponse à cet endroit. Ce qui précède est conservé.</translation>
    </message>
    <message>
        <source>%1 answers at %2, but its API is not under %3. Change the address to %2.</source>
        <translation>%1 répond à %2, mais son API n&apos;est pas sous %3. Changez l&apos;adresse en %2.</translation>
    </message>
    <message>
        <source>%1 did not finish loading %2 within %3 s, so LocalForge stopped waiting. The server may still be loading it: check the loaded models in a moment, or the server&apos;s log. For a model that takes longer, raise the request timeout in Preferences and load it again.</source>
        <translation>%1 n&apos;a pas fini de charger %2 en %3 s&#xa0;: LocalForge a cessé d&apos;attendre. Le serveur le charge peut-être encore&#xa0;: regardez les modèles chargés dans un moment, ou le journal du serveur. Pour un modèle plus long à charger, augmentez le délai des requêtes dans les Préférences et chargez-le de nouveau.</translation>
    </message>
    <message>
        <source>The connection to %1 closed before the download of %2 was complete. The parts downloaded so far stay on the server: Retry resumes from there. If it keeps happening, check that the server is still running.</source>
        <translation>La connexion à %1 s&apos;est fermée avant la fin du téléchargement de %2. Les parties déjà téléchargées restent sur le serveur&#xa0;: Réessayer reprend à partir de là. Si cela se répète, vérifiez que le serveur tourne toujours.</translation>
    </message>
    <message>
        <source>%1 was removed from LocalForge before this was done, so LocalForge stopped there and did nothing more on it. To use it again, add it again (Add server…).</source>
        <translation>%1 a été retiré de LocalForge avant la fin&#xa0;: LocalForge s&apos;est arrêté là et n&apos;a plus rien fait dessus. Pour l&apos;utiliser de nouveau, ajoutez-le de nouveau (Ajouter un serveur…).</translation>
    </message>
    <message>
        <source>This model cannot think (it has no thinking mode).%1 Set Thinking to Default or Off in the chat&apos;s Parameters, or choose a model that thinks.</source>
        <translation>Ce modèle ne sait pas réfléchir (il n&apos;a pas de mode réflexion).%1 Mettez Réflexion sur Par défaut ou Désactivée dans les Paramètres de la discussion, ou choisissez un modèle qui réfléchit.</translation>
    </message>
    <message>
        <source>Open the Ollama app, or run `%1` in a terminal.</source>
        <translation>Ouvrez l&apos;application Ollama, ou lancez `%1` dans un terminal.</translation>
    </message>
    <message>
        <source>In LM Studio, open Developer and switch on Start server, or run `%1`.</source>
        <translation>Dans LM Studio, ouvrez Developer et activez Start server, ou lancez `%1`.</translation>
    </message>
    <message>
        <source>Start Ollama from the Start menu, or run `%1` in a terminal.</source>
        <translation>Démarrez Ollama depuis le menu Démarrer, ou lancez `%1` dans un terminal.</translation>
    </message>
    <message>
        <source>Run `systemctl start ollama` (installed as a service) or `%1`.</source>
        <translation>Lancez `systemctl start ollama` (installé comme service) ou `%1`.</translation>
    </message>
    <message>
        <source>With Docker: `docker run -d -p %1:11434 -v ollama:/root/.ollama --name ollama ollama/ollama`.</source>
        <translation>Avec Docker&#xa0;: `docker run -d -p %1:11434 -v ollama:/root/.ollama --name ollama ollama/ollama`.</translation>
    </message>
    <message>
        <source>%1 has too many requests to answer now (HTTP 429).%2 Wait a moment and try again; on a server a whole room shares, ask fewer people to send at once.</source>
        <translation>%1 reçoit trop de requêtes pour répondre maintenant (HTTP 429).%2 Attendez un moment et réessayez&#xa0;; sur un serveur partagé par toute une salle, demandez à moins de personnes d&apos;envoyer en même temps.</translation>
    </message>
    <message>
        <source>On %1, run `%2`: Ollama answers only its own machine unless OLLAMA_HOST says otherwise.</source>
        <translation>Sur %1, lancez `%2`&#xa0;: Ollama ne répond qu&apos;à sa propre machine sauf si OLLAMA_HOST indique autre chose.</translation>
    </message>
    <message>
        <source>Run `%1` in a terminal: Ollama listens on port 11434 unless OLLAMA_HOST says otherwise.</source>
        <translation>Lancez `%1` dans un terminal&#xa0;: Ollama écoute sur le port 11434 sauf si OLLAMA_HOST indique autre chose.</translation>
    </message>
    <message>
        <source>Start the server (for Ollama: `%1`; for LM Studio: `%2`; for llama.cpp: `%3`), or check the address and port.</source>
        <translation>Démarrez le serveur (pour Ollama&#xa0;: `%1`&#xa0;; pour LM Studio&#xa0;: `%2`&#xa0;; pour llama.cpp&#xa0;: `%3`), ou vérifiez l&apos;adresse et le port.</translation>
    </message>
    <message>
        <source>On %1, start the server (for Ollama: `%2`; for LM Studio: `%3`; for llama.cpp: `%4`), or check the address and port.</source>
        <translation>Sur %1, démarrez le serveur (pour Ollama&#xa0;: `%2`&#xa0;; pour LM Studio&#xa0;: `%3`&#xa0;; pour llama.cpp&#xa0;: `%4`), ou vérifiez l&apos;adresse et le port.</translation>
    </message>
    <message>
        <source>Start it with `%1`.</source>
        <translation>Démarrez-le avec `%1`.</translation>
    </message>
    <message>
        <source>On %1, start it with `%2`.</source>
        <translation>Sur %1, démarrez-le avec `%2`.</translation>
    </message>
</context>
<context>
    <name>BenchCommand</name>
    <message>
        <source>Name at least one model: localforge --bench MODEL[@SERVER_URL] [MODEL...]</source>
        <translation>Nommez au moins un modèle&#xa0;: localforge --bench MODELE[@URL_SERVEUR] [MODELE...]</translation>
    </message>
    <message>
        <source>“%1” names no model. Write MODEL or MODEL@SERVER_URL, e.g. llama3.2@127.0.0.1:11434.</source>
        <translation>«&#xa0;%1&#xa0;» ne nomme aucun modèle. Écrivez MODELE ou MODELE@URL_SERVEUR, par exemple llama3.2@127.0.0.1:11434.</translation>
    </message>
    <message>
        <source>“%1” is not a server address. Write it like 127.0.0.1:11434 or http://gpu-box:11434.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse de serveur. Écrivez-la comme 127.0.0.1:11434 ou http://machine-gpu:11434.</translation>
    </message>
    <message>
        <source>Start the server, or check the address.</source>
        <translation>Démarrez le serveur, ou vérifiez l&apos;adresse.</translation>
    </message>
    <message>
        <source>No LLM server answers on %1. %2</source>
        <translation>Aucun serveur LLM ne répond sur %1. %2</translation>
    </message>
    <message>
        <source>No LLM server found. Start Ollama (`ollama serve`) or LM Studio&apos;s server, or name the server: MODEL@SERVER_URL.</source>
        <translation>Aucun serveur LLM trouvé. Démarrez Ollama (`ollama serve`) ou le serveur de LM Studio, ou nommez le serveur&#xa0;: MODELE@URL_SERVEUR.</translation>
    </message>
    <message>
        <source>%1 has no model named %2. It has: %3. Pull it first (for Ollama: `ollama pull %2`).</source>
        <translation>%1 n&apos;a aucun modèle nommé %2. Il a&#xa0;: %3. Téléchargez-le d&apos;abord (pour Ollama&#xa0;: `ollama pull %2`).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>No server found has a model named %1. Pull it first (for Ollama: `ollama pull %1`), or name its server: %1@SERVER_URL.</source>
        <translation>Aucun serveur trouvé n&apos;a de modèle nommé %1. Téléchargez-le d&apos;abord (pour Ollama&#xa0;: `ollama pull %1`), ou nommez son serveur&#xa0;: %1@URL_SERVEUR.</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Warm only: %1</source>
        <translation>À chaud seulement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Every run failed: see the errors above.</source>
        <translation>Toutes les mesures ont échoué&#xa0;: voir les erreurs ci-dessus.</translation>
    </message>
    <message>
        <source>Could not list the models of %1: %2</source>
        <translation>Impossible de lister les modèles de %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>BenchExport</name>
    <message>
        <source>Machine</source>
        <translation>Machine</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Eval tok/s (LocalForge)</source>
        <translation>Génération tok/s (LocalForge)</translation>
    </message>
    <message>
        <source>Eval tok/s (server)</source>
        <translation>Génération tok/s (serveur)</translation>
    </message>
    <message>
        <source>TTFT (s)</source>
        <translation>Premier jeton (s)</translation>
    </message>
    <message>
        <source>Load (s)</source>
        <translation>Chargement (s)</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>Peak RAM (GiB)</source>
        <translation>Pic de RAM (Gio)</translation>
    </message>
    <message>
        <source>cold</source>
        <translation>à froid</translation>
    </message>
    <message>
        <source>warm only</source>
        <translation>à chaud seulement</translation>
    </message>
    <message>
        <source>warm</source>
        <translation>à chaud</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another folder, or free some disk space.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2. Choisissez un autre dossier, ou libérez de l&apos;espace disque.</translation>
    </message>
</context>
<context>
    <name>BenchPrompts</name>
    <message>
        <source>Short question</source>
        <translation>Question courte</translation>
    </message>
    <message>
        <source>Code task</source>
        <translation>Tâche de code</translation>
    </message>
    <message>
        <source>Summary of a French paragraph</source>
        <translation>Résumé d&apos;un paragraphe en français</translation>
    </message>
</context>
<context>
    <name>BenchResult</name>
    <message>
        <source>This benchmark file was written by a newer LocalForge (format %1). Update LocalForge to read it.</source>
        <translation>Ce fichier de banc d&apos;essai a été écrit par un LocalForge plus récent (format %1). Mettez LocalForge à jour pour le lire.</translation>
    </message>
    <message>
        <source>The benchmark file is damaged: a run names model number %1, and the file lists %2. Export it again on the other machine.</source>
        <translation>Le fichier de banc d&apos;essai est abîmé&#xa0;: une mesure désigne le modèle numéro %1, et le fichier en liste %2. Exportez-le à nouveau sur l&apos;autre machine.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation>Le fichier n&apos;est pas du JSON valide (%1 à l&apos;octet %2).</translation>
    </message>
    <message>
        <source>This is not a LocalForge benchmark file. Export one with Benchmark → Export → JSON on the other machine.</source>
        <translation>Ce n&apos;est pas un fichier de banc d&apos;essai LocalForge. Exportez-en un avec Banc d&apos;essai → Exporter → JSON sur l&apos;autre machine.</translation>
    </message>
</context>
<context>
    <name>BenchRunner</name>
    <message>
        <source>This LM Studio is older than 0.4 and cannot unload a model over its API, so the run is warm. Unload it with `lms unload --all` before a cold run, or update LM Studio.</source>
        <translation>Ce LM Studio est antérieur à la 0.4 et ne peut pas décharger de modèle par son API&#xa0;: la mesure est à chaud. Déchargez-le avec `lms unload --all` avant une mesure à froid, ou mettez LM Studio à jour.</translation>
    </message>
    <message>
        <source>llama.cpp&apos;s server keeps the model it was started with in memory and cannot unload it, so the run is warm. For a cold start, restart llama-server.</source>
        <translation>Le serveur de llama.cpp garde en mémoire le modèle avec lequel il a démarré et ne peut pas le décharger&#xa0;: la mesure est à chaud. Pour un démarrage à froid, redémarrez llama-server.</translation>
    </message>
    <message>
        <source>vLLM loads its model when it starts and cannot unload it, so the run is warm. For a cold start, restart vLLM.</source>
        <translation>vLLM charge son modèle au démarrage et ne peut pas le décharger&#xa0;: la mesure est à chaud. Pour un démarrage à froid, redémarrez vLLM.</translation>
    </message>
    <message>
        <source>This server has no way to unload a model over its API, so the run is warm.</source>
        <translation>Ce serveur n&apos;a aucun moyen de décharger un modèle par son API&#xa0;: la mesure est à chaud.</translation>
    </message>
    <message>
        <source>A benchmark is already running. Stop it first.</source>
        <translation>Un banc d&apos;essai est déjà en cours. Arrêtez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>No model is chosen. Tick at least one model in the list.</source>
        <translation>Aucun modèle n&apos;est choisi. Cochez au moins un modèle dans la liste.</translation>
    </message>
    <message>
        <source>No prompt is chosen. Tick at least one prompt.</source>
        <translation>Aucun prompt n&apos;est choisi. Cochez au moins un prompt.</translation>
    </message>
    <message>
        <source>The number of runs must be at least 1.</source>
        <translation>Le nombre de mesures doit être d&apos;au moins 1.</translation>
    </message>
    <message>
        <source>The server %1 is not available any more. Start it again, then run the benchmark again.</source>
        <translation>Le serveur %1 n&apos;est plus disponible. Redémarrez-le, puis relancez le banc d&apos;essai.</translation>
    </message>
    <message>
        <source>Unloading %1…</source>
        <translation>Déchargement de %1…</translation>
    </message>
    <message>
        <source>The server went away during the benchmark.</source>
        <translation>Le serveur a disparu pendant le banc d&apos;essai.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message>
        <source>Warming up %1…</source>
        <translation>Préchauffage de %1…</translation>
    </message>
    <message>
        <source>%1: %2, run %3 of %4</source>
        <translation>%1&#xa0;: %2, mesure %3 sur %4</translation>
    </message>
    <message>
        <source>The request failed without a message.</source>
        <translation>La requête a échoué sans message.</translation>
    </message>
    <message>
        <source>%1 was not unloaded and loaded again within %2 s, the time a request may take, so its runs stopped. Check that the server still answers; for a large model, raise the time limit in Preferences.</source>
        <translation>%1 n&apos;a pas été déchargé puis rechargé en %2 s, le temps qu&apos;une requête peut prendre&#xa0;: ses mesures se sont arrêtées. Vérifiez que le serveur répond toujours&#xa0;; pour un gros modèle, augmentez la limite de temps dans les Préférences.</translation>
    </message>
    <message>
        <source>The answer that loads the model before its runs failed, so it has no runs: %1</source>
        <translation>La réponse qui charge le modèle avant ses mesures a échoué, il n&apos;a donc aucune mesure&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>BenchStore</name>
    <message>
        <source>Could not create the folder %1 for benchmarks. Check its permissions.</source>
        <translation>Impossible de créer le dossier %1 des bancs d&apos;essai. Vérifiez ses permissions.</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>Impossible de lire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation>%1 ignoré&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not delete %1: %2.</source>
        <translation>Impossible de supprimer %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>not a list of prompts</source>
        <translation>ce n&apos;est pas une liste de prompts</translation>
    </message>
    <message>
        <source>Your own benchmark prompts could not be read (%1). The file was moved to %2; copy them from there.</source>
        <translation>Vos propres prompts de benchmark n&apos;ont pas pu être lus (%1). Le fichier a été déplacé vers %2&#xa0;; copiez-les depuis celui-ci.</translation>
    </message>
    <message>
        <source>Your own benchmark prompts could not be read (%1) from %2.</source>
        <translation>Vos propres prompts de benchmark n&apos;ont pas pu être lus (%1) depuis %2.</translation>
    </message>
</context>
<context>
    <name>BenchmarkChart</name>
    <message>
        <source>Eval tokens per second (measured by LocalForge)</source>
        <translation>Jetons générés par seconde (mesurés par LocalForge)</translation>
    </message>
    <message>
        <source>Benchmark chart</source>
        <translation>Graphique du banc d&apos;essai</translation>
    </message>
    <message>
        <source>Bars: median eval tokens per second of each model; whiskers: the slowest and the fastest run; dashed line: 30 tokens per second.</source>
        <translation>Barres&#xa0;: médiane des jetons générés par seconde de chaque modèle&#xa0;; moustaches&#xa0;: la mesure la plus lente et la plus rapide&#xa0;; ligne pointillée&#xa0;: 30 jetons par seconde.</translation>
    </message>
    <message>
        <source>cold</source>
        <translation>à froid</translation>
    </message>
    <message>
        <source>This machine</source>
        <translation>Cette machine</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>Importé %1</translation>
    </message>
    <message>
        <source>tok/s</source>
        <translation>tok/s</translation>
    </message>
    <message>
        <source>Fluid: %1 tok/s</source>
        <translation>Fluide&#xa0;: %1 tok/s</translation>
    </message>
    <message>
        <source>warm only</source>
        <translation>à chaud seulement</translation>
    </message>
    <message>
        <source>No results yet. Each model&apos;s speed shows here as a bar, from its slowest to its fastest run.</source>
        <translation>Aucun résultat pour l&apos;instant. La vitesse de chaque modèle s&apos;affichera ici sous forme de barre, de sa mesure la plus lente à la plus rapide.</translation>
    </message>
</context>
<context>
    <name>BenchmarkColumns</name>
    <message>
        <source>Reset columns</source>
        <translation>Rétablir les colonnes</translation>
    </message>
</context>
<context>
    <name>BenchmarkPage</name>
    <message>
        <source>Models to benchmark</source>
        <translation>Modèles à mesurer</translation>
    </message>
    <message>
        <source>Tick the models to compare, on any of the servers.</source>
        <translation>Cochez les modèles à comparer, sur n&apos;importe lequel des serveurs.</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <source>Add prompt…</source>
        <translation>Ajouter un prompt…</translation>
    </message>
    <message>
        <source>Add a prompt of your own</source>
        <translation>Ajouter un prompt à vous</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected prompt</source>
        <translation>Retirer le prompt sélectionné</translation>
    </message>
    <message>
        <source>Remove the selected prompt of your own</source>
        <translation>Retirer le prompt à vous sélectionné</translation>
    </message>
    <message>
        <source>Runs per prompt</source>
        <translation>Mesures par prompt</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Jetons max</translation>
    </message>
    <message>
        <source>Warm or cold runs</source>
        <translation>Mesures à chaud ou à froid</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>À chaud</translation>
    </message>
    <message>
        <source>Cold (unload first)</source>
        <translation>À froid (déchargé d&apos;abord)</translation>
    </message>
    <message>
        <source>Warm and cold</source>
        <translation>À chaud et à froid</translation>
    </message>
    <message>
        <source>Warm: the model is loaded once before the runs. Cold: it is unloaded before each run and its load time recorded (llama.cpp and vLLM cannot unload: their runs stay warm, and the table says so).</source>
        <translation>À chaud&#xa0;: le modèle est chargé une fois avant les mesures. À froid&#xa0;: il est déchargé avant chaque mesure et son temps de chargement est relevé (llama.cpp et vLLM ne savent pas décharger&#xa0;: leurs mesures restent à chaud, et le tableau le dit).</translation>
    </message>
    <message>
        <source>&amp;Run benchmark</source>
        <translation>&amp;Lancer le banc d&apos;essai</translation>
    </message>
    <message>
        <source>Run the benchmark</source>
        <translation>Lancer le banc d&apos;essai</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Stop the benchmark</source>
        <translation>Arrêter le banc d&apos;essai</translation>
    </message>
    <message>
        <source>Stop now; the runs that finished are kept</source>
        <translation>Arrêter maintenant&#xa0;; les mesures terminées sont conservées</translation>
    </message>
    <message>
        <source>Past benchmarks</source>
        <translation>Bancs d&apos;essai passés</translation>
    </message>
    <message>
        <source>Double-click to show a past benchmark.</source>
        <translation>Double-cliquez pour afficher un banc d&apos;essai passé.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show the selected past benchmark</source>
        <translation>Afficher le banc d&apos;essai passé sélectionné</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected past benchmark</source>
        <translation>Supprimer le banc d&apos;essai passé sélectionné</translation>
    </message>
    <message>
        <source>&lt;b&gt;Models&lt;/b&gt;</source>
        <translation>&lt;b&gt;Modèles&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Prompts&lt;/b&gt;</source>
        <translation>&lt;b&gt;Prompts&lt;/b&gt;</translation>
    </message>
    <message>
        <source>R&amp;uns per prompt:</source>
        <translation>Mes&amp;ures par prompt&#xa0;:</translation>
    </message>
    <message>
        <source>Ma&amp;x tokens:</source>
        <translation>Jetons ma&amp;x&#xa0;:</translation>
    </message>
    <message>
        <source>Runs &amp;are:</source>
        <translation>Mesures &amp;faites&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Past benchmarks&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bancs d&apos;essai passés&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Benchmark progress</source>
        <translation>Avancement du banc d&apos;essai</translation>
    </message>
    <message>
        <source>%v of %m steps</source>
        <translation>Étape %v sur %m</translation>
    </message>
    <message>
        <source>Benchmark results</source>
        <translation>Résultats du banc d&apos;essai</translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation>Comparer avec…</translation>
    </message>
    <message>
        <source>Import another machine&apos;s benchmark JSON</source>
        <translation>Importer le JSON du banc d&apos;essai d&apos;une autre machine</translation>
    </message>
    <message>
        <source>Show another machine&apos;s exported benchmark side by side with this one</source>
        <translation>Afficher côte à côte le banc d&apos;essai exporté d&apos;une autre machine et celui-ci</translation>
    </message>
    <message>
        <source>Clear comparison</source>
        <translation>Effacer la comparaison</translation>
    </message>
    <message>
        <source>Remove the imported benchmarks</source>
        <translation>Retirer les bancs d&apos;essai importés</translation>
    </message>
    <message>
        <source>Loaded now</source>
        <translation>Chargé en ce moment</translation>
    </message>
    <message>
        <source>Add a prompt</source>
        <translation>Ajouter un prompt</translation>
    </message>
    <message>
        <source>The prompt every model will answer:</source>
        <translation>Le prompt auquel chaque modèle répondra&#xa0;:</translation>
    </message>
    <message>
        <source>The built-in prompts stay; untick one to leave it out.</source>
        <translation>Les prompts intégrés restent&#xa0;; décochez-en un pour l&apos;écarter.</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>environ %1 restantes</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n run(s) kept.</source>
        <translation>
            <numerusform>Arrêté&#xa0;: %n mesure conservée.</numerusform>
            <numerusform>Arrêté&#xa0;: %n mesures conservées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished: %n run(s).</source>
        <translation>
            <numerusform>Terminé&#xa0;: %n mesure.</numerusform>
            <numerusform>Terminé&#xa0;: %n mesures.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to export yet: run a benchmark or show a past one.</source>
        <translation>Rien à exporter pour l&apos;instant&#xa0;: lancez un banc d&apos;essai ou affichez-en un passé.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Fichiers Markdown (*.md)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Export the benchmark</source>
        <translation>Exporter le banc d&apos;essai</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>Impossible de lire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Compare with another machine&apos;s benchmark</source>
        <translation>Comparer avec le banc d&apos;essai d&apos;une autre machine</translation>
    </message>
    <message>
        <source>(stopped)</source>
        <translation>(arrêté)</translation>
    </message>
    <message>
        <source>Delete benchmark</source>
        <translation>Supprimer le banc d&apos;essai</translation>
    </message>
    <message>
        <source>Delete the benchmark %1?</source>
        <translation>Supprimer le banc d&apos;essai %1&#xa0;?</translation>
    </message>
    <message>
        <source>Tick the models to compare and the prompts to run, then click “Run benchmark”.</source>
        <translation>Cochez les modèles à comparer et les prompts à lancer, puis cliquez sur «&#xa0;Lancer le banc d&apos;essai&#xa0;».</translation>
    </message>
    <message>
        <source>temperature 0, seed 42</source>
        <translation>température 0, graine 42</translation>
    </message>
    <message>
        <source>The same on every request, so runs compare.</source>
        <translation>Les mêmes à chaque requête, pour des mesures comparables.</translation>
    </message>
    <message>
        <source>Every request:</source>
        <translation>Chaque requête&#xa0;:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>As CSV (every run), as a Markdown table for slides, or as JSON for another machine to compare with</source>
        <translation>En CSV (chaque mesure), en tableau Markdown pour des diapositives, ou en JSON pour comparer sur une autre machine</translation>
    </message>
    <message>
        <source>CSV, every run…</source>
        <translation>CSV, chaque mesure…</translation>
    </message>
    <message>
        <source>Markdown table for slides…</source>
        <translation>Tableau Markdown pour diapositives…</translation>
    </message>
    <message>
        <source>Medians with the range over the runs</source>
        <translation>Médianes avec l&apos;étendue des mesures</translation>
    </message>
    <message>
        <source>JSON, to compare on another machine…</source>
        <translation>JSON, pour comparer sur une autre machine…</translation>
    </message>
    <message numerus="yes">
        <source>Showing the benchmark of %1: %n run(s) per prompt, %2 tokens at most, %3.</source>
        <translation>
            <numerusform>Banc d&apos;essai du %1 affiché&#xa0;: %n mesure par prompt, %2 jetons au plus, %3.</numerusform>
            <numerusform>Banc d&apos;essai du %1 affiché&#xa0;: %n mesures par prompt, %2 jetons au plus, %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>cold runs</source>
        <translation>mesures à froid</translation>
    </message>
    <message>
        <source>warm runs</source>
        <translation>mesures à chaud</translation>
    </message>
    <message>
        <source>warm and cold runs</source>
        <translation>mesures à chaud et à froid</translation>
    </message>
</context>
<context>
    <name>BenchmarkTableModel</name>
    <message>
        <source>cold</source>
        <translation>à froid</translation>
    </message>
    <message>
        <source>warm only</source>
        <translation>à chaud seulement</translation>
    </message>
    <message>
        <source>warm</source>
        <translation>à chaud</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <source>This server does not report its own generation rate.</source>
        <translation>Ce serveur n&apos;indique pas sa propre vitesse de génération.</translation>
    </message>
    <message>
        <source>Not reported or not measured for this server.</source>
        <translation>Non indiqué ou non mesuré pour ce serveur.</translation>
    </message>
    <message>
        <source>%1 (%2 failed)</source>
        <translation>%1 (%2 en échec)</translation>
    </message>
    <message>
        <source>Generation rate measured by LocalForge: tokens after the first, over the time from the first to the last.</source>
        <translation>Vitesse de génération mesurée par LocalForge&#xa0;: les jetons après le premier, sur le temps du premier au dernier.</translation>
    </message>
    <message>
        <source>Generation rate as the server reports it (Ollama, llama.cpp).</source>
        <translation>Vitesse de génération telle que le serveur l&apos;indique (Ollama, llama.cpp).</translation>
    </message>
    <message>
        <source>How far LocalForge&apos;s rate is from the server&apos;s.</source>
        <translation>L&apos;écart entre la vitesse mesurée par LocalForge et celle du serveur.</translation>
    </message>
    <message>
        <source>Time to first token: request sent to first token, load included.</source>
        <translation>Temps jusqu&apos;au premier jeton&#xa0;: de l&apos;envoi de la requête au premier jeton, chargement compris.</translation>
    </message>
    <message>
        <source>Peak memory in use on the machine during the run.</source>
        <translation>Pic de mémoire utilisée sur la machine pendant la mesure.</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Machine</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>Eval tok/s (LocalForge)</source>
        <translation>Génération tok/s (LocalForge)</translation>
    </message>
    <message>
        <source>Eval tok/s (server)</source>
        <translation>Génération tok/s (serveur)</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation>Premier jeton</translation>
    </message>
    <message>
        <source>Prompt tok/s</source>
        <translation>Prompt tok/s</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Server RSS</source>
        <translation>RSS du serveur</translation>
    </message>
    <message>
        <source>Peak RAM</source>
        <translation>Pic de RAM</translation>
    </message>
    <message>
        <source>GPU memory</source>
        <translation>Mémoire GPU</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message numerus="yes">
        <source>Median %1, lowest %2, highest %3, over %n run(s).</source>
        <translation>
            <numerusform>Médiane %1, plus bas %2, plus haut %3, sur %n mesure.</numerusform>
            <numerusform>Médiane %1, plus bas %2, plus haut %3, sur %n mesures.</numerusform>
        </translation>
    </message>
    <message>
        <source>Peak resident memory of the server&apos;s processes during the run, every model they hold included (this machine only).</source>
        <translation>Pic de mémoire résidente des processus du serveur pendant la mesure, tous les modèles qu&apos;ils chargent compris (cette machine seulement).</translation>
    </message>
    <message>
        <source>GPU memory the model holds, as its server reports it (Ollama). Otherwise the GPU&apos;s memory in use at its peak during the run, every program included.</source>
        <translation>Mémoire GPU occupée par le modèle, telle que son serveur l&apos;indique (Ollama). Sinon, le pic de mémoire GPU utilisée pendant la mesure, tous les programmes compris.</translation>
    </message>
    <message>
        <source>none (the warm-up failed)</source>
        <translation>aucune (le préchauffage a échoué)</translation>
    </message>
</context>
<context>
    <name>ChartLegend</name>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>The model that answers the next message</source>
        <translation>Le modèle qui répondra au prochain message</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Ask something… (Ctrl+Enter to send, Esc to stop)</source>
        <translation>Posez une question… (Ctrl+Entrée pour envoyer, Échap pour arrêter)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send the message (Ctrl+Enter)</source>
        <translation>Envoyer le message (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop the answer; what came so far is kept (Esc)</source>
        <translation>Arrêter la réponse&#xa0;; le texte déjà reçu est conservé (Échap)</translation>
    </message>
    <message>
        <source>on %1 · %2</source>
        <translation>sur %1 · %2</translation>
    </message>
    <message>
        <source>No server selected</source>
        <translation>Aucun serveur sélectionné</translation>
    </message>
    <message>
        <source>(loaded)</source>
        <translation>(chargé)</translation>
    </message>
    <message>
        <source>Loading models…</source>
        <translation>Chargement des modèles…</translation>
    </message>
    <message>
        <source>No models</source>
        <translation>Aucun modèle</translation>
    </message>
    <message>
        <source>This server has no chat model yet. Pull or download one (for Ollama: `ollama pull llama3.2`), then it appears here.</source>
        <translation>Ce serveur n&apos;a pas encore de modèle de discussion. Téléchargez-en un (pour Ollama&#xa0;: `ollama pull llama3.2`)&#xa0;: il apparaîtra ici.</translation>
    </message>
    <message>
        <source>API call…</source>
        <translation>Appel d&apos;API…</translation>
    </message>
    <message>
        <source>Show the request this conversation makes, as curl, Python and an n8n workflow</source>
        <translation>Afficher la requête de cette conversation, en curl, en Python et en workflow n8n</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save this conversation as Markdown or JSON</source>
        <translation>Enregistrer cette conversation en Markdown ou en JSON</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>System prompt, temperature, context length and the other request parameters</source>
        <translation>Prompt système, température, longueur de contexte et les autres paramètres de requête</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <source>Ask again for the last answer, with the model chosen now (Ctrl+R)</source>
        <translation>Redemander la dernière réponse, avec le modèle choisi maintenant (Ctrl+R)</translation>
    </message>
    <message>
        <source>An answer is still coming. Stop it first (Esc).</source>
        <translation>Une réponse est en cours. Arrêtez-la d&apos;abord (Échap).</translation>
    </message>
    <message>
        <source>Edit the question, then send it again</source>
        <translation>Modifiez la question, puis renvoyez-la</translation>
    </message>
    <message>
        <source>There is nothing to export yet: this conversation has no message.</source>
        <translation>Rien à exporter pour l&apos;instant&#xa0;: cette conversation n&apos;a aucun message.</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation>Exporter la conversation</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Pull %1</source>
        <translation>Télécharger %1</translation>
    </message>
    <message>
        <source>Pulling %1: see the Models tab</source>
        <translation>Téléchargement de %1&#xa0;: voir l&apos;onglet Modèles</translation>
    </message>
    <message>
        <source>Load %1</source>
        <translation>Charger %1</translation>
    </message>
    <message>
        <source>Loading %1… a large model can take minutes.</source>
        <translation>Chargement de %1… un gros modèle peut prendre plusieurs minutes.</translation>
    </message>
    <message>
        <source>%1 is loaded: send your message again.</source>
        <translation>%1 est chargé&#xa0;: renvoyez votre message.</translation>
    </message>
    <message>
        <source>That server is gone or cannot load models any more: choose a server and send your message again.</source>
        <translation>Ce serveur n&apos;est plus là ou ne peut plus charger de modèles&#xa0;: choisissez un serveur et renvoyez votre message.</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>sur %1</translation>
    </message>
</context>
<context>
    <name>ChatSession</name>
    <message>
        <source>An answer is still coming. Stop it first (Esc).</source>
        <translation>Une réponse est en cours. Arrêtez-la d&apos;abord (Échap).</translation>
    </message>
    <message>
        <source>Write a message first.</source>
        <translation>Écrivez d&apos;abord un message.</translation>
    </message>
    <message>
        <source>No server is selected. Pick one in the list on the left.</source>
        <translation>Aucun serveur n&apos;est sélectionné. Choisissez-en un dans la liste de gauche.</translation>
    </message>
    <message>
        <source>No model is selected. Choose one in the model list; if the list is empty, pull or download a model on the server first.</source>
        <translation>Aucun modèle n&apos;est sélectionné. Choisissez-en un dans la liste des modèles&#xa0;; si la liste est vide, téléchargez d&apos;abord un modèle sur le serveur.</translation>
    </message>
    <message>
        <source>There is no answer to regenerate yet.</source>
        <translation>Il n&apos;y a pas encore de réponse à régénérer.</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Message copied</source>
        <translation>Message copié</translation>
    </message>
    <message>
        <source>Code copied</source>
        <translation>Code copié</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message numerus="yes">
        <source>Thinking (%n word(s))</source>
        <translation>
            <numerusform>Réflexion (%n mot)</numerusform>
            <numerusform>Réflexion (%n mots)</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Copier le code</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <source>Edit question</source>
        <translation>Modifier la question</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Ouvrir le lien</translation>
    </message>
    <message>
        <source>Open this address in your web browser?</source>
        <translation>Ouvrir cette adresse dans votre navigateur web&#xa0;?</translation>
    </message>
    <message>
        <source>Its host name, written in plain letters: %1</source>
        <translation>Son nom d&apos;hôte, écrit en lettres simples&#xa0;: %1</translation>
    </message>
    <message>
        <source>Text copied</source>
        <translation>Texte copié</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>Afficher moins</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
    <message numerus="yes">
        <source>… The message goes on for %Ln more character(s).</source>
        <translation>
            <numerusform>… Le message continue sur %Ln caractère de plus.</numerusform>
            <numerusform>… Le message continue sur %Ln caractères de plus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Code block of %Ln line(s), folded</source>
        <translation>
            <numerusform>Bloc de code de %Ln ligne, replié</numerusform>
            <numerusform>Bloc de code de %Ln lignes, replié</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Long text of %Ln character(s), folded</source>
        <translation>
            <numerusform>Texte long de %Ln caractère, replié</numerusform>
            <numerusform>Texte long de %Ln caractères, replié</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Code block of %Ln line(s)</source>
        <translation>
            <numerusform>Bloc de code de %Ln ligne</numerusform>
            <numerusform>Bloc de code de %Ln lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Long text of %Ln character(s)</source>
        <translation>
            <numerusform>Texte long de %Ln caractère</numerusform>
            <numerusform>Texte long de %Ln caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>Shown once the answer is complete</source>
        <translation>Affiché une fois la réponse terminée</translation>
    </message>
</context>
<context>
    <name>ConversationExport</name>
    <message>
        <source>System prompt</source>
        <translation>Prompt système</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Réflexion</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Nothing was changed; choose another folder.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2. Rien n&apos;a été modifié&#xa0;; choisissez un autre dossier.</translation>
    </message>
</context>
<context>
    <name>ConversationLibrary</name>
    <message>
        <source>This conversation is no longer in the list (it was deleted). Choose another one.</source>
        <translation>Cette conversation n&apos;est plus dans la liste (elle a été supprimée). Choisissez-en une autre.</translation>
    </message>
</context>
<context>
    <name>ConversationStore</name>
    <message>
        <source>LocalForge closed while this answer was coming; what had arrived is kept.</source>
        <translation>LocalForge a été fermé pendant que cette réponse arrivait&#xa0;; ce qui était arrivé est conservé.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Could not save the conversation to %1: %2. The previous copy is kept.</source>
        <translation>Impossible d&apos;enregistrer la conversation dans %1&#xa0;: %2. La copie précédente est conservée.</translation>
    </message>
    <message>
        <source>%1 could not be read and was moved to %2.</source>
        <translation>%1 n&apos;a pas pu être lu et a été déplacé vers %2.</translation>
    </message>
    <message>
        <source>Could not delete %1: %2.</source>
        <translation>Impossible de supprimer %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Nouvelle conversation</translation>
    </message>
    <message>
        <source>Not saved: this LocalForge only reads conversations (another one is running and keeps them).</source>
        <translation>Non enregistré&#xa0;: ce LocalForge ne fait que lire les conversations (un autre est ouvert et les conserve).</translation>
    </message>
    <message>
        <source>the data could not all be written</source>
        <translation>les données n&apos;ont pas pu être toutes écrites</translation>
    </message>
    <message>
        <source>%1 could not be opened (%2). It is left as it is; check that you can read it.</source>
        <translation>%1 n&apos;a pas pu être ouvert (%2). Il est laissé tel quel&#xa0;; vérifiez que vous pouvez le lire.</translation>
    </message>
    <message>
        <source>%1 was written by a newer LocalForge and is left as it is. Update LocalForge to open it.</source>
        <translation>%1 a été écrit par une version plus récente de LocalForge et est laissé tel quel. Mettez LocalForge à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>%1 could not be read: it is damaged.</source>
        <translation>%1 n&apos;a pas pu être lu&#xa0;: il est endommagé.</translation>
    </message>
    <message>
        <source>%1 could not be read, and could not be moved aside either.</source>
        <translation>%1 n&apos;a pas pu être lu, ni mis de côté.</translation>
    </message>
    <message>
        <source>Not deleted: this LocalForge only reads conversations (another one is running and keeps them).</source>
        <translation>Non supprimé&#xa0;: ce LocalForge ne fait que lire les conversations (un autre est ouvert et les conserve).</translation>
    </message>
</context>
<context>
    <name>ConversationsPanel</name>
    <message>
        <source>New chat</source>
        <translation>Nouvelle discussion</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Commencer une nouvelle conversation (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Rechercher dans les conversations</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>An answer is still coming. Stop it (Esc) before opening another conversation.</source>
        <translation>Une réponse est en cours. Arrêtez-la (Échap) avant d&apos;ouvrir une autre conversation.</translation>
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
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Rename conversation</source>
        <translation>Renommer la conversation</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation>Supprimer la conversation</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” and its %n message(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer «&#xa0;%1&#xa0;» et son message&#xa0;? Impossible d&apos;annuler.</numerusform>
            <numerusform>Supprimer «&#xa0;%1&#xa0;» et ses %n messages&#xa0;? Impossible d&apos;annuler.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>LocalForge</source>
        <translation>LocalForge</translation>
    </message>
    <message>
        <source>Memory and GPUs</source>
        <translation>Mémoire et GPU</translation>
    </message>
    <message>
        <source>RAM: %1 available of %2</source>
        <translation>RAM&#xa0;: %1 disponibles sur %2</translation>
    </message>
    <message>
        <source>RAM: not known on this system</source>
        <translation>RAM&#xa0;: inconnue sur ce système</translation>
    </message>
    <message>
        <source>GPU: no NVIDIA GPU answered (NVML, nvidia-smi)</source>
        <translation>GPU&#xa0;: aucun GPU NVIDIA n&apos;a répondu (NVML, nvidia-smi)</translation>
    </message>
    <message>
        <source>GPU %1: %2, %3 used of %4 (%5)</source>
        <translation>GPU %1&#xa0;: %2, %3 utilisés sur %4 (%5)</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n modèle</numerusform>
            <numerusform>%n modèles</numerusform>
        </translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>named “%1”</source>
        <translation>nommé «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>kind forced to %1</source>
        <translation>type forcé à %1</translation>
    </message>
    <message>
        <source>has a token (not shown)</source>
        <translation>a un jeton (non affiché)</translation>
    </message>
    <message>
        <source>Models: %1</source>
        <translation>Modèles&#xa0;: %1</translation>
    </message>
    <message>
        <source>No server found.</source>
        <translation>Aucun serveur trouvé.</translation>
    </message>
    <message>
        <source>Phoenix gateway</source>
        <translation>Passerelle Phoenix</translation>
    </message>
    <message>
        <source>Last errors</source>
        <translation>Dernières erreurs</translation>
    </message>
    <message>
        <source>None in this conversation.</source>
        <translation>Aucune dans cette conversation.</translation>
    </message>
    <message>
        <source>%1 expected</source>
        <translation>%1 attendu</translation>
    </message>
    <message>
        <source>GPU %1: %2, memory shared with the system (%3)</source>
        <translation>GPU %1&#xa0;: %2, mémoire partagée avec le système (%3)</translation>
    </message>
    <message>
        <source>LocalForge %1, Qt %2 (built with %3)</source>
        <translation>LocalForge %1, Qt %2 (compilé avec %3)</translation>
    </message>
    <message>
        <source>%1, kernel %2 %3, %4</source>
        <translation>%1, noyau %2 %3, %4</translation>
    </message>
    <message>
        <source>%1 (loaded)</source>
        <translation>%1 (chargé)</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>en bonne santé</translation>
    </message>
</context>
<context>
    <name>DownloadJob</name>
    <message>
        <source>This server cannot download models over its API.</source>
        <translation>Ce serveur ne peut pas télécharger de modèles par son API.</translation>
    </message>
    <message>
        <source>The server is gone: it stopped answering or was removed. Download again once it is back.</source>
        <translation>Le serveur a disparu&#xa0;: il ne répond plus ou a été retiré. Relancez le téléchargement quand il sera de retour.</translation>
    </message>
    <message numerus="yes">
        <source>No progress for %n second(s): stopped, to be tried again.</source>
        <translation>
            <numerusform>Aucune progression depuis %n seconde&#xa0;: arrêté, pour être réessayé.</numerusform>
            <numerusform>Aucune progression depuis %n secondes&#xa0;: arrêté, pour être réessayé.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DownloadListModel</name>
    <message>
        <source>queued</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>downloading</source>
        <translation>téléchargement</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>démarrage</translation>
    </message>
    <message>
        <source>verifying</source>
        <translation>vérification</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>écriture</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>stalled: no progress for a while</source>
        <translation>bloqué&#xa0;: aucune progression depuis un moment</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 restantes</translation>
    </message>
    <message>
        <source>The server keeps what it downloaded: downloading again resumes.</source>
        <translation>Le serveur conserve ce qu&apos;il a téléchargé&#xa0;: relancer le téléchargement le reprend.</translation>
    </message>
    <message>
        <source>Downloading again starts over.</source>
        <translation>Relancer le téléchargement repart de zéro.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>LocalForge stopped following it; LM Studio goes on downloading (see its Downloads panel).</source>
        <translation>LocalForge ne le suit plus&#xa0;; LM Studio continue le téléchargement (voir son panneau Downloads).</translation>
    </message>
    <message>
        <source>%1 · on %2</source>
        <translation>%1 · sur %2</translation>
    </message>
    <message>
        <source>fetching a lost part again</source>
        <translation>nouveau téléchargement d&apos;une partie perdue</translation>
    </message>
    <message>
        <source>waiting for data</source>
        <translation>en attente de données</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>paused in LM Studio</source>
        <translation>en pause dans LM Studio</translation>
    </message>
    <message>
        <source>server busy (HTTP %1), trying again in %2 (attempt %3)</source>
        <translation>serveur occupé (HTTP %1), nouvel essai dans %2 (tentative %3)</translation>
    </message>
    <message>
        <source>connection lost, trying again in %1 (attempt %2)</source>
        <translation>connexion perdue, nouvel essai dans %1 (tentative %2)</translation>
    </message>
    <message>
        <source>Paused in LM Studio: resume it in its Downloads panel.</source>
        <translation>En pause dans LM Studio&#xa0;: reprenez-le dans son panneau Downloads.</translation>
    </message>
    <message>
        <source>no progress, trying again in %1 (attempt %2)</source>
        <translation>aucune progression, nouvel essai dans %1 (tentative %2)</translation>
    </message>
</context>
<context>
    <name>DownloadsPanel</name>
    <message>
        <source>Downloads</source>
        <translation>Téléchargements</translation>
    </message>
    <message>
        <source>Model to download</source>
        <translation>Modèle à télécharger</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <source>Download this model to the server</source>
        <translation>Télécharger ce modèle sur le serveur</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop the selected download</source>
        <translation>Arrêter le téléchargement sélectionné</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Start the selected download again</source>
        <translation>Relancer le téléchargement sélectionné</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>Effacer les terminés</translation>
    </message>
    <message>
        <source>name, e.g. ibm/granite-4-micro</source>
        <translation>nom, par ex. ibm/granite-4-micro</translation>
    </message>
    <message>
        <source>name:tag, e.g. llama3.2:1b</source>
        <translation>nom:étiquette, par ex. llama3.2:1b</translation>
    </message>
    <message>
        <source>A name from LM Studio&apos;s catalogue, or a Hugging Face address</source>
        <translation>Un nom du catalogue de LM Studio, ou une adresse Hugging Face</translation>
    </message>
    <message>
        <source>A name from the Ollama library, with its tag</source>
        <translation>Un nom de la bibliothèque Ollama, avec son étiquette</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Select a server first.</source>
        <translation>Sélectionnez d&apos;abord un serveur.</translation>
    </message>
    <message>
        <source>Write a model name first, for example ibm/granite-4-micro.</source>
        <translation>Écrivez d&apos;abord un nom de modèle, par exemple ibm/granite-4-micro.</translation>
    </message>
    <message>
        <source>Write a model name first, for example llama3.2:1b.</source>
        <translation>Écrivez d&apos;abord un nom de modèle, par exemple llama3.2:1b.</translation>
    </message>
    <message>
        <source>%1 is already downloading: see it in the list below.</source>
        <translation>%1 est déjà en cours de téléchargement&#xa0;: voyez-le dans la liste ci-dessous.</translation>
    </message>
</context>
<context>
    <name>EmptyStatePage</name>
    <message>
        <source>&lt;p&gt;LocalForge looks on 127.0.0.1 at ports 11434 (Ollama), 1234 (LM Studio), 8080 and 9931 (llama.cpp) and 8000 (vLLM), and at OLLAMA_HOST.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ollama&lt;/b&gt;: start it with&lt;/p&gt;%1&lt;p&gt;or in Docker:&lt;/p&gt;%2&lt;p&gt;&lt;b&gt;LM Studio&lt;/b&gt;: open the Developer tab and switch on “Start server”, or run&lt;/p&gt;%3&lt;p&gt;&lt;b&gt;llama.cpp&lt;/b&gt;:&lt;/p&gt;%4&lt;p&gt;LocalForge notices a server a few seconds after it starts.&lt;/p&gt;</source>
        <translation>&lt;p&gt;LocalForge cherche sur 127.0.0.1 les ports 11434 (Ollama), 1234 (LM Studio), 8080 et 9931 (llama.cpp) et 8000 (vLLM), ainsi que l&apos;adresse indiquée par OLLAMA_HOST.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ollama&lt;/b&gt;&#xa0;: démarrez-le avec&lt;/p&gt;%1&lt;p&gt;ou dans Docker&#xa0;:&lt;/p&gt;%2&lt;p&gt;&lt;b&gt;LM Studio&lt;/b&gt;&#xa0;: ouvrez l&apos;onglet Developer et activez «&#xa0;Start server&#xa0;», ou lancez&lt;/p&gt;%3&lt;p&gt;&lt;b&gt;llama.cpp&lt;/b&gt;&#xa0;:&lt;/p&gt;%4&lt;p&gt;LocalForge détecte un serveur quelques secondes après son démarrage.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add a remote host…</source>
        <translation>Ajouter un hôte distant…</translation>
    </message>
    <message>
        <source>A GPU box or a Docker host on your network</source>
        <translation>Une machine GPU ou un hôte Docker de votre réseau</translation>
    </message>
    <message>
        <source>Scan again</source>
        <translation>Relancer la recherche</translation>
    </message>
    <message>
        <source>Looking for servers…</source>
        <translation>Recherche de serveurs…</translation>
    </message>
    <message>
        <source>Nothing answered. Start a server, or add one by address.</source>
        <translation>Aucune réponse. Démarrez un serveur ou ajoutez-en un par son adresse.</translation>
    </message>
    <message>
        <source>Servers…</source>
        <translation>Serveurs…</translation>
    </message>
    <message>
        <source>Set a server&apos;s API token, address or kind</source>
        <translation>Définir le jeton d&apos;API, l&apos;adresse ou le type d&apos;un serveur</translation>
    </message>
    <message>
        <source>Looking for LLM servers…</source>
        <translation>Recherche de serveurs de LLM…</translation>
    </message>
    <message>
        <source>No LLM server found</source>
        <translation>Aucun serveur de LLM trouvé</translation>
    </message>
    <message>
        <source>A server answered but cannot be used yet</source>
        <translation>Un serveur a répondu, mais ne peut pas encore servir</translation>
    </message>
    <message>
        <source>Open the Monitor</source>
        <translation>Ouvrir la Surveillance</translation>
    </message>
    <message>
        <source>Watch this machine&apos;s memory and GPU while a server starts</source>
        <translation>Suivre la mémoire et le GPU de cette machine pendant qu&apos;un serveur démarre</translation>
    </message>
    <message>
        <source>Servers you added:</source>
        <translation>Serveurs que vous avez ajoutés&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ExportersDialog</name>
    <message>
        <source>Remote hosts</source>
        <translation>Hôtes distants</translation>
    </message>
    <message>
        <source>The monitor can chart the RAM and GPUs of a remote host (a GPU box, a Docker host) from its Prometheus exporters: node exporter for RAM (usually port 9100) and NVIDIA&apos;s DCGM exporter for the GPUs (usually port 9400). LocalForge only reads them.</source>
        <translation>La surveillance peut tracer la RAM et les GPU d&apos;un hôte distant (une machine à GPU, un hôte Docker) à partir de ses exporteurs Prometheus&#xa0;: node exporter pour la RAM (en général le port 9100) et l&apos;exporteur DCGM de NVIDIA pour les GPU (en général le port 9400). LocalForge ne fait que les lire.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Node exporter URL</source>
        <translation>URL du node exporter</translation>
    </message>
    <message>
        <source>DCGM exporter URL</source>
        <translation>URL de l&apos;exporteur DCGM</translation>
    </message>
    <message>
        <source>Add host</source>
        <translation>Ajouter un hôte</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>gpu-box</source>
        <translation>machine-gpu</translation>
    </message>
    <message>
        <source>The address of “%1” (%2) holds a user name or password (“user:password@”). LocalForge does not keep it: its settings are stored in clear, where anyone who can read them would see the password. Remove it from the address, and let the exporter answer without a password on your local network, or put it behind a reverse proxy that lets in only this computer.</source>
        <translation>L&apos;adresse de «&#xa0;%1&#xa0;» (%2) contient un nom d&apos;utilisateur ou un mot de passe («&#xa0;utilisateur:motdepasse@&#xa0;»). LocalForge ne le garde pas&#xa0;: ses réglages sont enregistrés en clair, où quiconque peut les lire verrait le mot de passe. Retirez-le de l&apos;adresse, et laissez l&apos;exporter répondre sans mot de passe sur votre réseau local, ou placez-le derrière un proxy inverse qui ne laisse entrer que cet ordinateur.</translation>
    </message>
    <message>
        <source>Each host needs a name and at least one exporter URL, starting with http:// or https://, such as http://gpu-box:9100/metrics.</source>
        <translation>Chaque hôte a besoin d&apos;un nom et d&apos;au moins une URL d&apos;exporteur commençant par http:// ou https://, par exemple http://gpu-box:9100/metrics.</translation>
    </message>
    <message>
        <source>The address of “%1” (%2) is not an exporter&apos;s: it must start with http:// or https://, such as http://gpu-box:9100/metrics.</source>
        <translation>L&apos;adresse de «&#xa0;%1&#xa0;» (%2) n&apos;est pas celle d&apos;un exporteur&#xa0;: elle doit commencer par http:// ou https://, par exemple http://gpu-box:9100/metrics.</translation>
    </message>
</context>
<context>
    <name>FitAdvice</name>
    <message>
        <source>Needs about %1 (weights %2, KV cache %3 for %4 tokens)</source>
        <translation>Nécessite environ %1 (poids %2, cache KV %3 pour %4 jetons)</translation>
    </message>
    <message>
        <source>Needs at least %1 (weights %2; the context adds more)</source>
        <translation>Nécessite au moins %1 (poids %2&#xa0;; le contexte en ajoute)</translation>
    </message>
    <message>
        <source>%1: fits in unified memory (%2 free).</source>
        <translation>%1&#xa0;: tient dans la mémoire unifiée (%2 libres).</translation>
    </message>
    <message>
        <source>%1: will not fit (%2 of unified memory free). Try a smaller model, a smaller quantization or a shorter context.</source>
        <translation>%1&#xa0;: ne tiendra pas (%2 de mémoire unifiée libres). Essayez un modèle plus petit, une quantification plus forte ou un contexte plus court.</translation>
    </message>
    <message>
        <source>%1: fits on the GPU (%2 free).</source>
        <translation>%1&#xa0;: tient sur le GPU (%2 libres).</translation>
    </message>
    <message>
        <source>%1: will be split between the GPU (%2 free) and the CPU (%3 of RAM free), which is slower.</source>
        <translation>%1&#xa0;: sera réparti entre le GPU (%2 libres) et le CPU (%3 de RAM libres), ce qui est plus lent.</translation>
    </message>
    <message>
        <source>%1: fits in RAM (%2 free); no GPU memory was found, so it runs on the CPU.</source>
        <translation>%1&#xa0;: tient en RAM (%2 libres)&#xa0;; aucune mémoire GPU n&apos;a été trouvée, il tournera donc sur le CPU.</translation>
    </message>
    <message>
        <source>%1: will not fit (%2 of RAM free%3). Try a smaller model, a smaller quantization or a shorter context.</source>
        <translation>%1&#xa0;: ne tiendra pas (%2 de RAM libres%3). Essayez un modèle plus petit, une quantification plus forte ou un contexte plus court.</translation>
    </message>
    <message>
        <source>, %1 of GPU memory</source>
        <translation>, %1 de mémoire GPU</translation>
    </message>
    <message>
        <source>%1. The free memory of that host is not known.</source>
        <translation>%1. La mémoire libre de cet hôte n&apos;est pas connue.</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>CPU only</source>
        <translation>CPU seul</translation>
    </message>
    <message>
        <source>all on GPU</source>
        <translation>tout sur le GPU</translation>
    </message>
    <message>
        <source>split: %1% GPU / %2% CPU</source>
        <translation>réparti&#xa0;: %1 % GPU / %2 % CPU</translation>
    </message>
    <message>
        <source>Needs at most %1 (weights %2, KV cache at most %3 for %4 tokens: some layers look back only %5)</source>
        <translation>Nécessite au plus %1 (poids %2, cache KV d&apos;au plus %3 pour %4 jetons&#xa0;: certaines couches ne regardent que %5 jetons en arrière)</translation>
    </message>
    <message>
        <source>Needs between %1 and %2 (weights %3, KV cache %4 to %5 for %6 tokens): it may fit. How many of its layers look back only %7 tokens, and so need less, the model does not say.</source>
        <translation>Nécessite entre %1 et %2 (poids %3, cache KV de %4 à %5 pour %6 jetons)&#xa0;: il peut tenir. Le modèle ne dit pas combien de ses couches ne regardent que %7 jetons en arrière, et nécessitent donc moins.</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 tok/s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>TTFT %1</source>
        <translation>1er jeton %1</translation>
    </message>
    <message>
        <source>%1 (server)</source>
        <translation>%1 (serveur)</translation>
    </message>
    <message>
        <source>%1 (measured)</source>
        <translation>%1 (mesuré)</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n jeton</numerusform>
            <numerusform>%n jetons</numerusform>
        </translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>total %1</translation>
    </message>
    <message>
        <source>Time to first token (measured)</source>
        <translation>Délai du premier jeton (mesuré)</translation>
    </message>
    <message>
        <source>Generation rate (measured)</source>
        <translation>Vitesse de génération (mesurée)</translation>
    </message>
    <message>
        <source>Total time (measured)</source>
        <translation>Durée totale (mesurée)</translation>
    </message>
    <message>
        <source>Generation rate (server)</source>
        <translation>Vitesse de génération (serveur)</translation>
    </message>
    <message>
        <source>Output tokens (server)</source>
        <translation>Jetons générés (serveur)</translation>
    </message>
    <message>
        <source>Generation time (server)</source>
        <translation>Durée de génération (serveur)</translation>
    </message>
    <message>
        <source>Prompt tokens (server)</source>
        <translation>Jetons du prompt (serveur)</translation>
    </message>
    <message>
        <source>Cached prompt tokens (server)</source>
        <translation>Jetons du prompt en cache (serveur)</translation>
    </message>
    <message>
        <source>Prompt time (server)</source>
        <translation>Durée de traitement du prompt (serveur)</translation>
    </message>
    <message>
        <source>Prompt rate (server)</source>
        <translation>Vitesse de traitement du prompt (serveur)</translation>
    </message>
    <message>
        <source>Load time (server)</source>
        <translation>Durée de chargement (serveur)</translation>
    </message>
    <message>
        <source>Time to first token (server)</source>
        <translation>Délai du premier jeton (serveur)</translation>
    </message>
    <message>
        <source>Total time (server)</source>
        <translation>Durée totale (serveur)</translation>
    </message>
    <message>
        <source>Unknown service</source>
        <translation>Service inconnu</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>(API %1)</source>
        <translation>(API %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n modèle</numerusform>
            <numerusform>%n modèles</numerusform>
        </translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>vérification…</translation>
    </message>
    <message>
        <source>running</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>another service</source>
        <translation>autre service</translation>
    </message>
    <message>
        <source>needs a token</source>
        <translation>jeton requis</translation>
    </message>
    <message>
        <source>Chunks received (about one per token)</source>
        <translation>Fragments reçus (environ un par jeton)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <source>%1 is running.</source>
        <translation>%1 est actif.</translation>
    </message>
    <message>
        <source>Nothing answers on %1.</source>
        <translation>Rien ne répond sur %1.</translation>
    </message>
    <message>
        <source>%1 answers, but not as an LLM server.</source>
        <translation>%1 répond, mais pas comme un serveur de LLM.</translation>
    </message>
    <message>
        <source>%1 needs an API token.</source>
        <translation>%1 demande un jeton d&apos;API.</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>prompt %n token(s)</source>
        <translation>
            <numerusform>prompt %n jeton</numerusform>
            <numerusform>prompt %n jetons</numerusform>
        </translation>
    </message>
    <message>
        <source>load %1</source>
        <translation>chargement %1</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêtée</translation>
    </message>
    <message>
        <source>Interrupted: %1</source>
        <translation>Interrompue&#xa0;: %1</translation>
    </message>
    <message>
        <source>answered by %1</source>
        <translation>réponse de %1</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 minutes</translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation>30 minutes</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>Until unloaded</source>
        <translation>Jusqu&apos;au déchargement</translation>
    </message>
    <message>
        <source>Unload after each answer</source>
        <translation>Décharger après chaque réponse</translation>
    </message>
    <message>
        <source> @ %1</source>
        <comment>the prompt&apos;s processing rate</comment>
        <translation> à %1</translation>
    </message>
</context>
<context>
    <name>GatewayPanel</name>
    <message>
        <source>Phoenix gateway providers</source>
        <translation>Fournisseurs de la passerelle Phoenix</translation>
    </message>
    <message>
        <source>Switching to %1…</source>
        <translation>Passage à %1…</translation>
    </message>
    <message>
        <source>Phoenix gateway · %1</source>
        <translation>Passerelle Phoenix · %1</translation>
    </message>
    <message>
        <source>%1: healthy</source>
        <translation>%1&#xa0;: en bonne santé</translation>
    </message>
    <message>
        <source>%1: not healthy (%2)</source>
        <translation>%1&#xa0;: en échec (%2)</translation>
    </message>
    <message>
        <source>Click a provider, or choose it and press Enter, to make it the one the gateway uses</source>
        <translation>Cliquez sur un fournisseur, ou choisissez-le et appuyez sur Entrée, pour que la passerelle l&apos;utilise</translation>
    </message>
    <message>
        <source>%1, healthy, in use</source>
        <translation>%1, en bonne santé, utilisé</translation>
    </message>
    <message>
        <source>%1, not healthy, in use</source>
        <translation>%1, en mauvaise santé, utilisé</translation>
    </message>
    <message>
        <source>%1, healthy</source>
        <translation>%1, en bonne santé</translation>
    </message>
    <message>
        <source>%1, not healthy</source>
        <translation>%1, en mauvaise santé</translation>
    </message>
</context>
<context>
    <name>HttpResponseParser</name>
    <message>
        <source>The server closed the connection before its answer was complete.</source>
        <translation>Le serveur a fermé la connexion avant la fin de sa réponse.</translation>
    </message>
    <message>
        <source>The server sent a line too long for an HTTP answer.</source>
        <translation>Le serveur a envoyé une ligne trop longue pour une réponse HTTP.</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no end to its headers.</source>
        <translation>Les en-têtes de la réponse du serveur ne finissent pas.</translation>
    </message>
    <message>
        <source>The server sent an invalid Content-Length.</source>
        <translation>Le serveur a envoyé un Content-Length invalide.</translation>
    </message>
    <message>
        <source>The server did not answer in HTTP.</source>
        <translation>Le serveur n&apos;a pas répondu en HTTP.</translation>
    </message>
    <message>
        <source>The server sent a malformed HTTP header.</source>
        <translation>Le serveur a envoyé un en-tête HTTP mal formé.</translation>
    </message>
    <message>
        <source>The server sent a malformed chunk of its answer.</source>
        <translation>Le serveur a envoyé un morceau de réponse mal formé.</translation>
    </message>
</context>
<context>
    <name>LmStudioDownload</name>
    <message>
        <source>This LM Studio cannot download models over its API (that needs LM Studio 0.4 or later): download %1 from its Discover tab, or with “lms get %1”.</source>
        <translation>Ce LM Studio ne peut pas télécharger de modèles par son API (il faut LM Studio 0.4 ou plus récent)&#xa0;: téléchargez %1 depuis son onglet Discover, ou avec «&#xa0;lms get %1&#xa0;».</translation>
    </message>
    <message>
        <source>LM Studio cannot download “%1”: “%2”. LM Studio takes a name from its catalogue (such as ibm/granite-4-micro) or a Hugging Face address.</source>
        <translation>LM Studio ne peut pas télécharger «&#xa0;%1&#xa0;»&#xa0;: «&#xa0;%2&#xa0;». LM Studio accepte un nom de son catalogue (comme ibm/granite-4-micro) ou une adresse Hugging Face.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sans raison donnée</translation>
    </message>
    <message>
        <source>LM Studio reports that downloading %1 failed. Its Downloads panel may say why; downloading again starts over.</source>
        <translation>LM Studio signale que le téléchargement de %1 a échoué. Son panneau Downloads peut dire pourquoi&#xa0;; un nouveau téléchargement repart de zéro.</translation>
    </message>
    <message>
        <source>LM Studio stopped reporting on the download of %1: “%2”. Its Downloads panel shows whether it goes on.</source>
        <translation>LM Studio ne donne plus de nouvelles du téléchargement de %1&#xa0;: «&#xa0;%2&#xa0;». Son panneau Downloads montre s&apos;il continue.</translation>
    </message>
</context>
<context>
    <name>LmStudioProvider</name>
    <message>
        <source>LM Studio has no way to delete a model over its API. Delete it in LM Studio&apos;s My Models tab, or remove its folder.</source>
        <translation>LM Studio ne permet pas de supprimer un modèle par son API. Supprimez-le dans l&apos;onglet My Models de LM Studio, ou supprimez son dossier.</translation>
    </message>
    <message>
        <source>This LM Studio is older than 0.4 and cannot unload over its API. Run `lms unload %1`, or update LM Studio.</source>
        <translation>Ce LM Studio est antérieur à la 0.4 et ne peut pas décharger par son API. Lancez `lms unload %1`, ou mettez LM Studio à jour.</translation>
    </message>
    <message>
        <source>This LM Studio is older than 0.4 and cannot load over its API. Run `lms load %1`, or update LM Studio.</source>
        <translation>Ce LM Studio est antérieur à la 0.4 et ne peut pas charger par son API. Lancez `lms load %1`, ou mettez LM Studio à jour.</translation>
    </message>
    <message>
        <source>This LM Studio is older than 0.4 and cannot download over its API: run `lms get &lt;model&gt;` instead.</source>
        <translation>Ce LM Studio est antérieur à la 0.4 et ne peut pas télécharger par son API&#xa0;: lancez plutôt `lms get &lt;model&gt;`.</translation>
    </message>
    <message>
        <source>LM Studio cannot delete models over its API: use its My Models tab.</source>
        <translation>LM Studio ne peut pas supprimer de modèles par son API&#xa0;: utilisez son onglet My Models.</translation>
    </message>
    <message>
        <source>Downloads are offered once LocalForge has read this LM Studio&apos;s model list (the list says what keeps it from reading it).</source>
        <translation>Les téléchargements sont proposés une fois que LocalForge a lu la liste des modèles de ce LM Studio (la liste dit ce qui l&apos;en empêche).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Found %1 at %2</source>
        <translation>%1 détecté sur %2</translation>
    </message>
    <message>
        <source>%1 at %2 stopped answering</source>
        <translation>%1 sur %2 ne répond plus</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Barre principale</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Active server</source>
        <translation>Serveur actif</translation>
    </message>
    <message>
        <source>Switch the server that answers (Ctrl+K)</source>
        <translation>Choisir le serveur qui répond (Ctrl+K)</translation>
    </message>
    <message>
        <source>No server running</source>
        <translation>Aucun serveur actif</translation>
    </message>
    <message>
        <source>Add server…</source>
        <translation>Ajouter un serveur…</translation>
    </message>
    <message>
        <source>Add a server by address: a GPU box, a Docker host, another port</source>
        <translation>Ajouter un serveur par son adresse&#xa0;: une machine GPU, un hôte Docker, un autre port</translation>
    </message>
    <message>
        <source>Scan again</source>
        <translation>Relancer la recherche</translation>
    </message>
    <message>
        <source>Look for servers again now (F5)</source>
        <translation>Rechercher à nouveau les serveurs (F5)</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) running</source>
        <translation>
            <numerusform>%n serveur actif</numerusform>
            <numerusform>%n serveurs actifs</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>Préférences…</translation>
    </message>
    <message>
        <source>Request timeout and language</source>
        <translation>Délai d&apos;attente des requêtes et langue</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Discussion</translation>
    </message>
    <message>
        <source>&amp;Models</source>
        <translation>&amp;Modèles</translation>
    </message>
    <message>
        <source>%1 is downloaded and ready.</source>
        <translation>%1 est téléchargé et prêt.</translation>
    </message>
    <message>
        <source>Mo&amp;nitor</source>
        <translation>Sur&amp;veillance</translation>
    </message>
    <message>
        <source>Servers…</source>
        <translation>Serveurs…</translation>
    </message>
    <message>
        <source>Every server&apos;s address, name, kind, defaults and API token; import and export settings or a Phoenix gateway&apos;s phoenix.json</source>
        <translation>L&apos;adresse, le nom, le type, les valeurs par défaut et le jeton d&apos;API de chaque serveur&#xa0;; importer et exporter les réglages ou le phoenix.json d&apos;une passerelle Phoenix</translation>
    </message>
    <message>
        <source>Diagnostics…</source>
        <translation>Diagnostic…</translation>
    </message>
    <message>
        <source>Versions, servers, models, memory and the last errors, as text to copy (tokens are left out)</source>
        <translation>Versions, serveurs, modèles, mémoire et dernières erreurs, en texte à copier (sans les jetons)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>&amp;Presenter</source>
        <translation>&amp;Présentation</translation>
    </message>
    <message>
        <source>Full screen for a projector: large text, the chat and the live charts side by side (F11; Esc leaves)</source>
        <translation>Plein écran pour un vidéoprojecteur&#xa0;: grand texte, la discussion et les graphiques en direct côte à côte (F11&#xa0;; Échap pour sortir)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>A&amp;telier</translation>
    </message>
    <message>
        <source>Workshop &amp;checklist…</source>
        <translation>&amp;Vérification de l&apos;atelier…</translation>
    </message>
    <message>
        <source>Checks servers, models, memory, a shared server and n8n before a hands-on session</source>
        <translation>Vérifie les serveurs, les modèles, la mémoire, un serveur partagé et n8n avant une séance de travaux pratiques</translation>
    </message>
    <message>
        <source>&amp;Export workshop kit…</source>
        <translation>&amp;Exporter le kit d&apos;atelier…</translation>
    </message>
    <message>
        <source>Writes docker-compose.yml, pull-models.sh, the n8n workflow, a Python client and a French LISEZMOI.md for participants</source>
        <translation>Écrit docker-compose.yml, pull-models.sh, le workflow n8n, un client Python et un LISEZMOI.md en français pour les participants</translation>
    </message>
    <message>
        <source>&amp;Benchmark</source>
        <translation>&amp;Banc d&apos;essai</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About LocalForge</source>
        <translation>À &amp;propos de LocalForge</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>About LocalForge</source>
        <translation>À propos de LocalForge</translation>
    </message>
    <message>
        <source>LocalForge %1</source>
        <translation>LocalForge %1</translation>
    </message>
    <message>
        <source>A control panel for the LLM servers on this machine and on the machines you name: Ollama, LM Studio and OpenAI-compatible engines.

Built with Qt %1, running on Qt %2.</source>
        <translation>Un panneau de contrôle pour les serveurs de LLM de cette machine et des machines que vous indiquez&#xa0;: Ollama, LM Studio et les moteurs compatibles OpenAI.

Compilé avec Qt %1, exécuté avec Qt %2.</translation>
    </message>
    <message>
        <source>Downloading %1 stopped: no progress for a while. Retry it from the Models tab.</source>
        <translation>Le téléchargement de %1 s&apos;est arrêté&#xa0;: aucun progrès depuis un moment. Relancez-le depuis l&apos;onglet Modèles.</translation>
    </message>
    <message>
        <source>%1 is downloaded and ready on %2.</source>
        <translation>%1 est téléchargé et prêt sur %2.</translation>
    </message>
    <message>
        <source>Downloading %1 failed: %2</source>
        <translation>Le téléchargement de %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 est déjà dans la liste.</translation>
    </message>
</context>
<context>
    <name>MetricsStrip</name>
    <message>
        <source>Live figures</source>
        <translation>Chiffres en direct</translation>
    </message>
    <message>
        <source>System memory, the servers&apos; own memory and the generation speed, live. The Monitor tab charts them.</source>
        <translation>Mémoire du système, mémoire des serveurs et vitesse de génération, en direct. L&apos;onglet Surveillance en trace les courbes.</translation>
    </message>
    <message>
        <source>RAM %1 of %2</source>
        <translation>RAM %1 sur %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>GPU %1</source>
        <translation>GPU %1</translation>
    </message>
    <message>
        <source>GPU not answering</source>
        <translation>GPU sans réponse</translation>
    </message>
</context>
<context>
    <name>ModelTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>Quantification</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Capacités</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>Chargé</translation>
    </message>
    <message>
        <source>loaded</source>
        <translation>chargé</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <source>Filter models</source>
        <translation>Filtrer les modèles</translation>
    </message>
    <message>
        <source>Filter by name, family, quantization…</source>
        <translation>Filtrer par nom, famille, quantification…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Ask the server for its models again</source>
        <translation>Redemander ses modèles au serveur</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Model details</source>
        <translation>Détails du modèle</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Delete the selected model from the server</source>
        <translation>Supprimer le modèle sélectionné du serveur</translation>
    </message>
    <message>
        <source>Loaded models</source>
        <translation>Modèles chargés</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Unloads</source>
        <translation>Déchargement</translation>
    </message>
    <message>
        <source>Unload</source>
        <translation>Décharger</translation>
    </message>
    <message>
        <source>Free the memory the selected model holds</source>
        <translation>Libérer la mémoire occupée par le modèle sélectionné</translation>
    </message>
    <message>
        <source>Loaded in memory</source>
        <translation>Chargés en mémoire</translation>
    </message>
    <message>
        <source>Models on %1 · %2</source>
        <translation>Modèles sur %1 · %2</translation>
    </message>
    <message>
        <source>No server selected</source>
        <translation>Aucun serveur sélectionné</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a model to see its details.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sélectionnez un modèle pour voir ses détails.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>Quantification</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size on disk</source>
        <translation>Taille sur le disque</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>Longueur de contexte</translation>
    </message>
    <message>
        <source>Loaded context</source>
        <translation>Contexte chargé</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Capacités</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>loaded</source>
        <translation>chargé</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle de prompt</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Model info</source>
        <translation>Informations du modèle</translation>
    </message>
    <message>
        <source>Delete model</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <source>Delete %1 from %2? Its files are removed from the server; downloading it again takes the full download.</source>
        <translation>Supprimer %1 de %2&#xa0;? Ses fichiers sont effacés du serveur&#xa0;; le récupérer demandera un téléchargement complet.</translation>
    </message>
    <message>
        <source>%1 does not say which models are loaded.</source>
        <translation>%1 n&apos;indique pas quels modèles sont chargés.</translation>
    </message>
    <message>
        <source>stopping…</source>
        <translation>arrêt en cours…</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Reported by the server: %1. Estimated before loading: %2.</source>
        <translation>Indiqué par le serveur&#xa0;: %1. Estimé avant le chargement&#xa0;: %2.</translation>
    </message>
    <message>
        <source>No model is loaded.</source>
        <translation>Aucun modèle n&apos;est chargé.</translation>
    </message>
    <message>
        <source>Unloading %1…</source>
        <translation>Déchargement de %1…</translation>
    </message>
    <message>
        <source>Load…</source>
        <translation>Charger…</translation>
    </message>
    <message>
        <source>Load the selected model into memory, with a context length</source>
        <translation>Charger le modèle sélectionné en mémoire, avec une longueur de contexte</translation>
    </message>
    <message>
        <source>Keep models loaded</source>
        <translation>Garder les modèles chargés</translation>
    </message>
    <message>
        <source>How long Ollama keeps a model in memory after its last use (sent with every load and message to this server)</source>
        <translation>Durée pendant laquelle Ollama garde un modèle en mémoire après sa dernière utilisation (envoyée avec chaque chargement et chaque message à ce serveur)</translation>
    </message>
    <message>
        <source>Server default</source>
        <translation>Valeur du serveur</translation>
    </message>
    <message>
        <source>&amp;Keep loaded:</source>
        <translation>&amp;Garder chargé&#xa0;:</translation>
    </message>
    <message>
        <source>Only Ollama lets a client choose how long a model stays loaded; LM Studio unloads by its own idle timer.</source>
        <translation>Seul Ollama laisse un client choisir combien de temps un modèle reste chargé&#xa0;; LM Studio décharge selon sa propre minuterie d&apos;inactivité.</translation>
    </message>
    <message>
        <source>Load model</source>
        <translation>Charger le modèle</translation>
    </message>
    <message>
        <source>Context length for %1 (tokens). A longer context needs more memory for its KV cache.</source>
        <translation>Longueur de contexte pour %1 (jetons). Un contexte plus long demande plus de mémoire pour son cache KV.</translation>
    </message>
    <message>
        <source>Load it anyway?</source>
        <translation>Le charger quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Loading %1… a large model can take minutes.</source>
        <translation>Chargement de %1… un gros modèle peut prendre plusieurs minutes.</translation>
    </message>
    <message>
        <source>Docker on macOS gives containers no GPU: run the Ollama app itself rather than its container.</source>
        <translation>Docker sur macOS ne donne aucun GPU aux conteneurs&#xa0;: lancez l&apos;application Ollama elle-même plutôt que son conteneur.</translation>
    </message>
    <message>
        <source>If the server runs in Docker, start the container with --gpus=all (NVIDIA Container Toolkit).</source>
        <translation>Si le serveur tourne dans Docker, démarrez le conteneur avec --gpus=all (NVIDIA Container Toolkit).</translation>
    </message>
    <message>
        <source>%1 runs on the CPU only although this machine has a GPU, so answers are slow.</source>
        <translation>%1 tourne uniquement sur le CPU alors que cette machine a un GPU&#xa0;: les réponses sont lentes.</translation>
    </message>
    <message>
        <source>Otherwise the model may not fit in GPU memory: try a smaller model or a shorter context, and check that GPU layers is not set to 0.</source>
        <translation>Sinon, le modèle ne tient peut-être pas dans la mémoire du GPU&#xa0;: essayez un modèle plus petit ou un contexte plus court, et vérifiez que Couches GPU n&apos;est pas à 0.</translation>
    </message>
    <message>
        <source>%1 reports no memory use: the size shown is on disk.</source>
        <translation>%1 n&apos;indique pas la mémoire utilisée&#xa0;: la taille affichée est celle sur le disque.</translation>
    </message>
    <message>
        <source>The models shown are from the last time the list could be read.</source>
        <translation>Les modèles affichés sont ceux de la dernière lecture réussie de la liste.</translation>
    </message>
    <message>
        <source>Reading the list of models…</source>
        <translation>Lecture de la liste des modèles…</translation>
    </message>
    <message>
        <source>The server changed while the dialog was open, so nothing was done. Choose the model again.</source>
        <translation>Le serveur a changé pendant que la fenêtre était ouverte&#xa0;: rien n&apos;a été fait. Choisissez de nouveau le modèle.</translation>
    </message>
    <message>
        <source>Stop loading</source>
        <translation>Arrêter le chargement</translation>
    </message>
    <message>
        <source>Stop waiting for the model being loaded</source>
        <translation>Ne plus attendre le modèle en cours de chargement</translation>
    </message>
    <message>
        <source>Stopped waiting for %1 to load. The server may still finish loading it: it then shows here, and Unload frees its memory.</source>
        <translation>Plus d&apos;attente du chargement de %1. Le serveur peut encore finir de le charger&#xa0;: il apparaît alors ici, et Décharger libère sa mémoire.</translation>
    </message>
</context>
<context>
    <name>MonitorCharts</name>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>GPU load</source>
        <translation>Charge du GPU</translation>
    </message>
    <message>
        <source>Generation speed</source>
        <translation>Vitesse de génération</translation>
    </message>
    <message>
        <source>tok/s</source>
        <translation>tok/s</translation>
    </message>
    <message>
        <source>System RAM used</source>
        <translation>RAM du système utilisée</translation>
    </message>
    <message>
        <source>RAM total</source>
        <translation>RAM totale</translation>
    </message>
    <message>
        <source>Ollama processes</source>
        <translation>Processus Ollama</translation>
    </message>
    <message>
        <source>LM Studio processes</source>
        <translation>Processus LM Studio</translation>
    </message>
    <message>
        <source>llama-server</source>
        <translation>llama-server</translation>
    </message>
    <message>
        <source>vLLM</source>
        <translation>vLLM</translation>
    </message>
    <message>
        <source>GPU memory used</source>
        <translation>Mémoire GPU utilisée</translation>
    </message>
    <message>
        <source>GPU memory total</source>
        <translation>Mémoire GPU totale</translation>
    </message>
    <message>
        <source>Live tokens/s</source>
        <translation>tok/s en direct</translation>
    </message>
    <message>
        <source>Server&apos;s final figure</source>
        <translation>Chiffre final du serveur</translation>
    </message>
    <message>
        <source>Request sent</source>
        <translation>Requête envoyée</translation>
    </message>
    <message>
        <source>First token</source>
        <translation>Premier jeton</translation>
    </message>
    <message>
        <source>GPU load chart</source>
        <translation>Graphique de charge du GPU</translation>
    </message>
    <message>
        <source>Memory chart</source>
        <translation>Graphique de mémoire</translation>
    </message>
    <message>
        <source>Generation speed chart</source>
        <translation>Graphique de vitesse de génération</translation>
    </message>
    <message>
        <source>%1 RAM used</source>
        <translation>%1 RAM utilisée</translation>
    </message>
    <message>
        <source>%1 RAM total</source>
        <translation>%1 RAM totale</translation>
    </message>
    <message>
        <source>%1 GPU memory used</source>
        <translation>%1 mémoire GPU utilisée</translation>
    </message>
    <message>
        <source>%1 GPU memory total</source>
        <translation>%1 mémoire GPU totale</translation>
    </message>
    <message>
        <source>%1 GPU load</source>
        <translation>%1 charge du GPU</translation>
    </message>
    <message>
        <source>llama-server at %1, average (/metrics)</source>
        <translation>llama-server sur %1, moyenne (/metrics)</translation>
    </message>
    <message>
        <source>Model loaded</source>
        <translation>Modèle chargé</translation>
    </message>
    <message>
        <source>No NVIDIA or Apple GPU found on this machine (neither NVML nor nvidia-smi answered), so its GPU memory and load are not drawn.</source>
        <translation>Aucun GPU NVIDIA ni Apple trouvé sur cette machine (ni NVML ni nvidia-smi n&apos;ont répondu)&#xa0;: sa mémoire GPU et sa charge ne sont pas tracées.</translation>
    </message>
    <message>
        <source>Swap used</source>
        <translation>Swap utilisé</translation>
    </message>
    <message>
        <source>No NVIDIA or Apple GPU found on this machine.</source>
        <translation>Aucun GPU NVIDIA ou Apple trouvé sur cette machine.</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1&#xa0;: %2 %3</translation>
    </message>
    <message numerus="yes">
        <source>The GPU has not answered for %n second(s) (its driver, NVML or nvidia-smi, failed or hangs): its lines end at the last figures read.</source>
        <translation>
            <numerusform>Le GPU ne répond plus depuis %n seconde (son pilote, NVML ou nvidia-smi, échoue ou reste bloqué)&#xa0;: ses courbes s&apos;arrêtent aux derniers chiffres lus.</numerusform>
            <numerusform>Le GPU ne répond plus depuis %n secondes (son pilote, NVML ou nvidia-smi, échoue ou reste bloqué)&#xa0;: ses courbes s&apos;arrêtent aux derniers chiffres lus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The GPU has not answered for %n second(s).</source>
        <translation>
            <numerusform>Le GPU ne répond plus depuis %n seconde.</numerusform>
            <numerusform>Le GPU ne répond plus depuis %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ollama at %1: models on the GPU (reported)</source>
        <translation>Ollama sur %1&#xa0;: modèles sur le GPU (annoncés)</translation>
    </message>
    <message>
        <source>Ollama at %1: models loaded (reported)</source>
        <translation>Ollama sur %1&#xa0;: modèles chargés (annoncés)</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>Gio</translation>
    </message>
</context>
<context>
    <name>MonitorPage</name>
    <message>
        <source>Time window</source>
        <translation>Fenêtre de temps</translation>
    </message>
    <message>
        <source>Last minute</source>
        <translation>Dernière minute</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>5 dernières minutes</translation>
    </message>
    <message>
        <source>Last 30 minutes</source>
        <translation>30 dernières minutes</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Freeze the charts; sampling goes on</source>
        <translation>Figer les graphiques&#xa0;; l&apos;échantillonnage continue</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <source>Save the charts as an image</source>
        <translation>Enregistrer les graphiques en image</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Save every sample as CSV</source>
        <translation>Enregistrer tous les échantillons en CSV</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Fenêtre&#xa0;:</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Export charts</source>
        <translation>Exporter les graphiques</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1. Choose a folder you can write to.</source>
        <translation>Impossible d&apos;écrire %1. Choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>Export samples</source>
        <translation>Exporter les échantillons</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose a folder you can write to.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2. Choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>Remote hosts…</source>
        <translation>Hôtes distants…</translation>
    </message>
    <message>
        <source>Chart a GPU box&apos;s RAM and GPUs from its Prometheus exporters</source>
        <translation>Tracer la RAM et les GPU d&apos;une machine distante à partir de ses exporteurs Prometheus</translation>
    </message>
    <message>
        <source>Remote hosts problems</source>
        <translation>Problèmes des hôtes distants</translation>
    </message>
</context>
<context>
    <name>OllamaChatStream</name>
    <message>
        <source>a line that is not JSON: %1</source>
        <translation>une ligne qui n&apos;est pas du JSON&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>OllamaProvider</name>
    <message>
        <source>Ollama accepted the unload, but %1 is still listed as loaded. It may be answering another request; try again in a moment.</source>
        <translation>Ollama a accepté le déchargement, mais %1 est toujours indiqué comme chargé. Il répond peut-être à une autre requête&#xa0;; réessayez dans un instant.</translation>
    </message>
</context>
<context>
    <name>OpenAiChatStream</name>
    <message>
        <source>an event that is not JSON: %1</source>
        <translation>un événement qui n&apos;est pas du JSON&#xa0;: %1</translation>
    </message>
    <message>
        <source>the answer is not an event stream</source>
        <translation>la réponse n&apos;est pas un flux d&apos;événements</translation>
    </message>
</context>
<context>
    <name>OptionalSpinBox</name>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
</context>
<context>
    <name>ParametersPanel</name>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>System prompt preset</source>
        <translation>Modèle de prompt système</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt système</translation>
    </message>
    <message>
        <source>No system prompt: the model&apos;s own default applies.</source>
        <translation>Aucun prompt système&#xa0;: le comportement par défaut du modèle s&apos;applique.</translation>
    </message>
    <message>
        <source>Save as preset…</source>
        <translation>Enregistrer comme modèle…</translation>
    </message>
    <message>
        <source>Randomness: 0 always picks the likeliest token; higher values vary more.</source>
        <translation>Part d&apos;aléatoire&#xa0;: 0 choisit toujours le jeton le plus probable&#xa0;; plus la valeur est haute, plus les réponses varient.</translation>
    </message>
    <message>
        <source>Nucleus sampling: only the likeliest tokens whose probabilities add up to this share are considered.</source>
        <translation>Échantillonnage nucleus&#xa0;: seuls les jetons les plus probables dont les probabilités cumulées atteignent cette part sont retenus.</translation>
    </message>
    <message>
        <source>The longest answer, in tokens (Ollama num_predict, OpenAI max_tokens).</source>
        <translation>La réponse la plus longue, en jetons (num_predict pour Ollama, max_tokens pour OpenAI).</translation>
    </message>
    <message>
        <source>The same seed with the same prompt and temperature gives the same answer.</source>
        <translation>La même graine, avec le même prompt et la même température, donne la même réponse.</translation>
    </message>
    <message>
        <source>Context length in tokens (num_ctx). A longer context takes more memory; a change reloads the model.</source>
        <translation>Longueur de contexte en jetons (num_ctx). Un contexte plus long prend plus de mémoire&#xa0;; un changement recharge le modèle.</translation>
    </message>
    <message>
        <source>Layers put on the GPU (num_gpu); 0 runs on the CPU only.</source>
        <translation>Couches placées sur le GPU (num_gpu)&#xa0;; 0 fait tout tourner sur le CPU.</translation>
    </message>
    <message>
        <source>CPU threads used for the layers on the CPU (num_thread).</source>
        <translation>Threads CPU utilisés pour les couches sur le CPU (num_thread).</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activée</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>Ask a thinking model to think first (Ollama think). The thinking is shown apart from the answer.</source>
        <translation>Demander à un modèle qui raisonne de réfléchir d&apos;abord (think d&apos;Ollama). La réflexion est affichée à part de la réponse.</translation>
    </message>
    <message>
        <source>How long Ollama keeps the model in memory after the answer (keep_alive).</source>
        <translation>Durée pendant laquelle Ollama garde le modèle en mémoire après la réponse (keep_alive).</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long to wait for the model to load or for the next token before giving up.</source>
        <translation>Durée d&apos;attente du chargement du modèle ou du jeton suivant avant d&apos;abandonner.</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>&amp;Température&#xa0;:</translation>
    </message>
    <message>
        <source>Top &amp;p:</source>
        <translation>Top &amp;p&#xa0;:</translation>
    </message>
    <message>
        <source>Max &amp;tokens:</source>
        <translation>Jetons &amp;max&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Graine&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Context length:</source>
        <translation>Longueur de &amp;contexte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;GPU layers:</source>
        <translation>Couches G&amp;PU&#xa0;:</translation>
    </message>
    <message>
        <source>CPU t&amp;hreads:</source>
        <translation>T&amp;hreads CPU&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;hinking:</source>
        <translation>Ré&amp;flexion&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Keep loaded:</source>
        <translation>Garder charg&amp;é&#xa0;:</translation>
    </message>
    <message>
        <source>Time&amp;out:</source>
        <translation>&amp;Délai d&apos;attente&#xa0;:</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Back to the defaults for this model</source>
        <translation>Revenir aux valeurs par défaut pour ce modèle</translation>
    </message>
    <message>
        <source>Use for all models</source>
        <translation>Utiliser pour tous les modèles</translation>
    </message>
    <message>
        <source>Make these values the defaults of this server, for every model that does not set its own</source>
        <translation>Faire de ces valeurs les valeurs par défaut de ce serveur, pour chaque modèle qui ne fixe pas les siennes</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>No system prompt</source>
        <translation>Aucun prompt système</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source>Save system prompt</source>
        <translation>Enregistrer le prompt système</translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation>Nom du modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Only Ollama takes this with each request. For %1, set it where the server is started or the model is loaded.</source>
        <translation>Seul Ollama accepte ce réglage à chaque requête. Pour %1, réglez-le au démarrage du serveur ou au chargement du modèle.</translation>
    </message>
    <message>
        <source>Choose a model to set its parameters.</source>
        <translation>Choisissez un modèle pour régler ses paramètres.</translation>
    </message>
    <message>
        <source>For %1. “Default” uses this server&apos;s defaults, then the server&apos;s own.</source>
        <translation>Pour %1. «&#xa0;Par défaut&#xa0;» reprend les valeurs par défaut de ce serveur dans LocalForge, sinon celles du serveur lui-même.</translation>
    </message>
    <message>
        <source>Keep this system prompt in the preset list</source>
        <translation>Garder ce prompt système dans la liste des modèles</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <source>Take the chosen preset out of the list (the prompt in use stays)</source>
        <translation>Retirer le modèle choisi de la liste (le prompt en cours reste)</translation>
    </message>
    <message>
        <source>“%1” is already in the list. Choose another name:</source>
        <translation>«&#xa0;%1&#xa0;» figure déjà dans la liste. Choisissez un autre nom&#xa0;:</translation>
    </message>
    <message>
        <source>You have a preset named “%1”: saving replaces its text.</source>
        <translation>Vous avez un modèle nommé «&#xa0;%1&#xa0;»&#xa0;: l&apos;enregistrer remplace son texte.</translation>
    </message>
</context>
<context>
    <name>PhoenixConfig</name>
    <message>
        <source>This is not a valid phoenix.json: %1 at character %2. Correct the file (a JSON checker shows the place), then import it again.</source>
        <translation>Ce n&apos;est pas un phoenix.json valide&#xa0;: %1 au caractère %2. Corrigez le fichier (un vérificateur JSON montre l&apos;endroit), puis importez-le de nouveau.</translation>
    </message>
    <message>
        <source>This file has no “providers” object, so it is not a Phoenix gateway configuration. Choose the phoenix.json the gateway reads.</source>
        <translation>Ce fichier n&apos;a pas d&apos;objet «&#xa0;providers&#xa0;»&#xa0;: ce n&apos;est pas une configuration de passerelle Phoenix. Choisissez le phoenix.json que lit la passerelle.</translation>
    </message>
    <message>
        <source>Provider “%1” is not a JSON object; it was skipped.</source>
        <translation>Le fournisseur «&#xa0;%1&#xa0;» n&apos;est pas un objet JSON&#xa0;; il a été ignoré.</translation>
    </message>
    <message>
        <source>Provider “%1” has no baseUrl; it was skipped.</source>
        <translation>Le fournisseur «&#xa0;%1&#xa0;» n&apos;a pas de baseUrl&#xa0;; il a été ignoré.</translation>
    </message>
    <message>
        <source>Provider “%1” was skipped: its baseUrl “%2” is not an http:// or https:// address.</source>
        <translation>Le fournisseur «&#xa0;%1&#xa0;» a été ignoré&#xa0;: sa baseUrl «&#xa0;%2&#xa0;» n&apos;est pas une adresse http:// ou https://.</translation>
    </message>
    <message>
        <source>Provider “%1” has no apiType; LocalForge will detect which kind of server answers.</source>
        <translation>Le fournisseur «&#xa0;%1&#xa0;» n&apos;a pas d&apos;apiType&#xa0;; LocalForge détectera quel type de serveur répond.</translation>
    </message>
    <message>
        <source>Provider “%1” has an apiType LocalForge does not know (“%2”); it will detect which kind of server answers.</source>
        <translation>Le fournisseur «&#xa0;%1&#xa0;» a un apiType que LocalForge ne connaît pas («&#xa0;%2&#xa0;»)&#xa0;; il détectera quel type de serveur répond.</translation>
    </message>
    <message>
        <source>Provider “%1”: “enabled” is neither true nor false; it was taken as true.</source>
        <translation>Fournisseur «&#xa0;%1&#xa0;»&#xa0;: «&#xa0;enabled&#xa0;» ne vaut ni true ni false&#xa0;; il est pris comme true.</translation>
    </message>
    <message>
        <source>Provider “%1”: “%2” is not a number; it was ignored.</source>
        <translation>Fournisseur «&#xa0;%1&#xa0;»&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un nombre&#xa0;; il a été ignoré.</translation>
    </message>
    <message>
        <source>Provider “%1”: “%2” is not a whole number; it was ignored.</source>
        <translation>Fournisseur «&#xa0;%1&#xa0;»&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un nombre entier&#xa0;; il a été ignoré.</translation>
    </message>
    <message>
        <source>Provider “%1”: the timeout %2 ms is not usable; it was ignored.</source>
        <translation>Fournisseur «&#xa0;%1&#xa0;»&#xa0;: le délai de %2 ms est inutilisable&#xa0;; il a été ignoré.</translation>
    </message>
    <message>
        <source>Provider “%1”: the timeout %2 ms was rounded up to %3 s; exporting writes %4 ms.</source>
        <translation>Fournisseur «&#xa0;%1&#xa0;»&#xa0;: le délai de %2 ms a été arrondi à %3 s&#xa0;; l&apos;export écrira %4 ms.</translation>
    </message>
    <message>
        <source>Provider “%1”: “options” is not a JSON object; it was ignored.</source>
        <translation>Fournisseur «&#xa0;%1&#xa0;»&#xa0;: «&#xa0;options&#xa0;» n&apos;est pas un objet JSON&#xa0;; il a été ignoré.</translation>
    </message>
    <message>
        <source>Providers “%1” and “%2” have the same address, %3.</source>
        <translation>Les fournisseurs «&#xa0;%1&#xa0;» et «&#xa0;%2&#xa0;» ont la même adresse, %3.</translation>
    </message>
    <message>
        <source>The default provider “%1” is not among the imported providers.</source>
        <translation>Le fournisseur par défaut «&#xa0;%1&#xa0;» ne fait pas partie des fournisseurs importés.</translation>
    </message>
    <message>
        <source>Provider “%1”: the user name and password in its baseUrl were left out. Set the password as the server&apos;s API token in Servers if it needs one.</source>
        <translation>Fournisseur «&#xa0;%1&#xa0;»&#xa0;: le nom d&apos;utilisateur et le mot de passe de son baseUrl ont été retirés. Si le serveur en a besoin, indiquez le mot de passe comme jeton d&apos;API dans Serveurs.</translation>
    </message>
</context>
<context>
    <name>PhoenixGateway</name>
    <message>
        <source> It said: “%1”.</source>
        <translation> Réponse&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The Phoenix gateway at %1 answered its health check with HTTP %2.%3 Check that this is the gateway&apos;s address (port 18789 by default) and look at its log (docker logs).</source>
        <translation>La passerelle Phoenix sur %1 a répondu à la vérification d&apos;état par HTTP %2.%3 Vérifiez que c&apos;est bien l&apos;adresse de la passerelle (port 18789 par défaut) et consultez son journal (docker logs).</translation>
    </message>
    <message>
        <source>not JSON: %1 at character %2</source>
        <translation>pas du JSON&#xa0;: %1 au caractère %2</translation>
    </message>
    <message>
        <source>JSON without a status or a list of providers</source>
        <translation>du JSON sans état ni liste de fournisseurs</translation>
    </message>
    <message>
        <source>Choose the provider the gateway should use.</source>
        <translation>Choisissez le fournisseur que la passerelle doit utiliser.</translation>
    </message>
    <message>
        <source>The Phoenix gateway now sends requests to “%1”.</source>
        <translation>La passerelle Phoenix envoie maintenant les requêtes à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>its answer to the switch is not JSON</source>
        <translation>sa réponse au changement n&apos;est pas du JSON</translation>
    </message>
    <message>
        <source>The Phoenix gateway failed to switch to “%1” (HTTP %2). Check its log (docker logs).</source>
        <translation>La passerelle Phoenix n&apos;a pas pu passer à «&#xa0;%1&#xa0;» (HTTP %2). Consultez son journal (docker logs).</translation>
    </message>
    <message>
        <source>The Phoenix gateway failed to switch to “%1”: “%2” (HTTP %3). Check its log (docker logs).</source>
        <translation>La passerelle Phoenix n&apos;a pas pu passer à «&#xa0;%1&#xa0;»&#xa0;: «&#xa0;%2&#xa0;» (HTTP %3). Consultez son journal (docker logs).</translation>
    </message>
    <message>
        <source>The Phoenix gateway refused to switch to “%1”. Choose one of the providers it lists, or add this one to phoenix.json and restart the gateway.</source>
        <translation>La passerelle Phoenix a refusé de passer à «&#xa0;%1&#xa0;». Choisissez l&apos;un des fournisseurs qu&apos;elle liste, ou ajoutez celui-ci à phoenix.json et redémarrez la passerelle.</translation>
    </message>
    <message>
        <source>The Phoenix gateway refused to switch to “%1”: “%2”. Choose one of the providers it lists, or add this one to phoenix.json and restart the gateway.</source>
        <translation>La passerelle Phoenix a refusé de passer à «&#xa0;%1&#xa0;»&#xa0;: «&#xa0;%2&#xa0;». Choisissez l&apos;un des fournisseurs qu&apos;elle liste, ou ajoutez celui-ci à phoenix.json et redémarrez la passerelle.</translation>
    </message>
    <message>
        <source>Nothing answers on %1: the Phoenix gateway is not running there. Start its container (docker start), or check the address and port.</source>
        <translation>Rien ne répond sur %1&#xa0;: la passerelle Phoenix n&apos;y tourne pas. Démarrez son conteneur (docker start), ou vérifiez l&apos;adresse et le port.</translation>
    </message>
    <message>
        <source>The Phoenix gateway at %1 did not answer in time. Check that its container is running (docker ps) and not stuck.</source>
        <translation>La passerelle Phoenix sur %1 n&apos;a pas répondu à temps. Vérifiez que son conteneur tourne (docker ps) et n&apos;est pas bloqué.</translation>
    </message>
    <message>
        <source>%1 answered, but not as a Phoenix gateway (%2). Check that this is the gateway&apos;s address (port 18789 by default).</source>
        <translation>%1 a répondu, mais pas comme une passerelle Phoenix (%2). Vérifiez que c&apos;est bien l&apos;adresse de la passerelle (port 18789 par défaut).</translation>
    </message>
    <message>
        <source>%1 lists %2 providers in its health check, more than the %3 LocalForge shows, so it was not used. Check that this is the Phoenix gateway&apos;s address (port 18789 by default) and its phoenix.json.</source>
        <translation>%1 liste %2 fournisseurs dans son bilan de santé, plus que les %3 que LocalForge affiche&#xa0;: il n&apos;a donc pas été utilisé. Vérifiez qu&apos;il s&apos;agit bien de l&apos;adresse de la passerelle Phoenix (port 18789 par défaut) et son phoenix.json.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation>Délai d&apos;attente des requêtes</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long to wait while the server sends nothing: a large model can take minutes to load before the first token.</source>
        <translation>Durée d&apos;attente tant que le serveur n&apos;envoie rien&#xa0;: un gros modèle peut mettre plusieurs minutes à se charger avant le premier jeton.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>A new language applies the next time LocalForge starts.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de LocalForge.</translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation>&amp;Délai d&apos;attente des requêtes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Monitor sampling interval</source>
        <translation>Intervalle d&apos;échantillonnage de la surveillance</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>How often the monitor samples memory, GPU and speed (500 ms = 2 samples a second; an hour is kept).</source>
        <translation>Fréquence à laquelle la surveillance mesure la mémoire, le GPU et la vitesse (500 ms = 2 mesures par seconde&#xa0;; une heure est conservée).</translation>
    </message>
    <message>
        <source>&amp;Monitor sampling:</source>
        <translation>É&amp;chantillonnage&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PresenterView</name>
    <message>
        <source>LocalForge — Presenter</source>
        <translation>LocalForge — Présentation</translation>
    </message>
    <message>
        <source>Presenter view</source>
        <translation>Vue de présentation</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Speed mark</source>
        <translation>Repère de vitesse</translation>
    </message>
    <message>
        <source>Last answer&apos;s generation rate</source>
        <translation>Débit de génération de la dernière réponse</translation>
    </message>
    <message>
        <source>Esc: leave · Ctrl+= / Ctrl+- / Ctrl+0: text size</source>
        <translation>Échap&#xa0;: sortir · Ctrl+= / Ctrl+- / Ctrl+0&#xa0;: taille du texte</translation>
    </message>
    <message>
        <source>Live memory and speed</source>
        <translation>Mémoire et vitesse en direct</translation>
    </message>
    <message>
        <source>No answer yet (target: 30 tok/s)</source>
        <translation>Pas encore de réponse (objectif&#xa0;: 30 tok/s)</translation>
    </message>
    <message>
        <source>Last answer: fluid (30 tok/s or more)</source>
        <translation>Dernière réponse&#xa0;: fluide (30 tok/s ou plus)</translation>
    </message>
    <message>
        <source>Last answer: below 30 tok/s</source>
        <translation>Dernière réponse&#xa0;: moins de 30 tok/s</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>No server running</source>
        <translation>Aucun serveur actif</translation>
    </message>
    <message>
        <source>No model chosen</source>
        <translation>Aucun modèle choisi</translation>
    </message>
    <message>
        <source>Last answer: no rate (it stopped or failed)</source>
        <translation>Dernière réponse&#xa0;: pas de débit (arrêtée ou en échec)</translation>
    </message>
    <message>
        <source>Last answer, %1: fluid (30 tok/s or more)</source>
        <translation>Dernière réponse, %1&#xa0;: fluide (30 tok/s ou plus)</translation>
    </message>
    <message>
        <source>Last answer, %1: below 30 tok/s</source>
        <translation>Dernière réponse, %1&#xa0;: moins de 30 tok/s</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 at %2 — %3</source>
        <translation>%1 sur %2 — %3</translation>
    </message>
    <message>
        <source>This is the largest text size</source>
        <translation>C&apos;est la plus grande taille de texte</translation>
    </message>
    <message>
        <source>This is the largest text size this screen holds</source>
        <translation>C&apos;est la plus grande taille de texte que cet écran peut afficher</translation>
    </message>
</context>
<context>
    <name>ProblemsIndicator</name>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
</context>
<context>
    <name>Provider</name>
    <message>
        <source>%1 cannot download models over its API.</source>
        <translation>%1 ne peut pas télécharger de modèles par son API.</translation>
    </message>
    <message>
        <source>This server cannot delete or download models over its API.</source>
        <translation>Ce serveur ne peut ni supprimer ni télécharger de modèles par son API.</translation>
    </message>
    <message>
        <source>%1 cannot delete models over its API.</source>
        <translation>%1 ne peut pas supprimer de modèles par son API.</translation>
    </message>
</context>
<context>
    <name>PullProgress</name>
    <message>
        <source>The server sent progress for more than %1 different layers, and a model has fewer than a hundred, so the download was stopped. Check that the address points at Ollama itself and not at a proxy that changes its answers, then try again.</source>
        <translation>Le serveur a envoyé la progression de plus de %1 couches différentes, alors qu&apos;un modèle en compte moins d&apos;une centaine&#xa0;: le téléchargement a été arrêté. Vérifiez que l&apos;adresse mène à Ollama lui-même et non à un proxy qui modifie ses réponses, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>RemoteExporters</name>
    <message>
        <source>“%1”: %2</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>node exporter</source>
        <translation>node exporter</translation>
    </message>
    <message>
        <source>DCGM exporter</source>
        <translation>DCGM exporter</translation>
    </message>
    <message>
        <source>%1 answered, but not with %2 metrics. Use the exporter&apos;s /metrics address, for example %3.</source>
        <translation>%1 a répondu, mais pas avec des métriques du %2. Utilisez l&apos;adresse /metrics de l&apos;exporter, par exemple %3.</translation>
    </message>
    <message>
        <source>%1 asks for a password (HTTP %2). LocalForge does not store exporter passwords: let the %3 answer without one on your local network, or put it behind a reverse proxy that lets in only this computer.</source>
        <translation>%1 demande un mot de passe (HTTP %2). LocalForge n&apos;enregistre pas les mots de passe des exporters&#xa0;: laissez le %3 répondre sans mot de passe sur votre réseau local, ou placez-le derrière un proxy inverse qui ne laisse entrer que cet ordinateur.</translation>
    </message>
    <message>
        <source>%1 has no such page (HTTP 404). Use the %2&apos;s /metrics address, for example %3.</source>
        <translation>%1 n&apos;a pas cette page (HTTP 404). Utilisez l&apos;adresse /metrics du %2, par exemple %3.</translation>
    </message>
    <message>
        <source>%1 answered with HTTP %2. Check that the %3 is running there, and its log.</source>
        <translation>%1 a répondu HTTP %2. Vérifiez que le %3 y tourne bien, et son journal.</translation>
    </message>
    <message>
        <source>Nothing answers on %1. Check that the %2 is running on that host and that its port is open to this computer.</source>
        <translation>Rien ne répond sur %1. Vérifiez que le %2 tourne sur cet hôte et que son port est ouvert à cet ordinateur.</translation>
    </message>
    <message>
        <source>%1 sent more than %2 MB, so LocalForge stopped reading. Check that this is the %3&apos;s /metrics address, for example %4.</source>
        <translation>%1 a envoyé plus de %2 Mo&#xa0;: LocalForge a cessé de lire. Vérifiez qu&apos;il s&apos;agit bien de l&apos;adresse /metrics du %3, par exemple %4.</translation>
    </message>
    <message>
        <source>%1 kept sending for more than %2 s, so LocalForge stopped reading. Check that the %3 and the network to it are not overloaded.</source>
        <translation>%1 a continué d&apos;envoyer pendant plus de %2 s&#xa0;: LocalForge a cessé de lire. Vérifiez que le %3 et le réseau jusqu&apos;à lui ne sont pas surchargés.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check that the %2 is running and reachable from this computer.</source>
        <translation>%1 n&apos;a pas répondu à temps. Vérifiez que le %2 tourne et qu&apos;il est joignable depuis cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>ScanReport</name>
    <message>
        <source>No LLM server found. Start Ollama (`ollama serve`) or LM Studio&apos;s server, or name a host with OLLAMA_HOST.</source>
        <translation>Aucun serveur LLM trouvé. Démarrez Ollama (`ollama serve`) ou le serveur de LM Studio, ou indiquez un hôte avec OLLAMA_HOST.</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n modèle</numerusform>
            <numerusform>%n modèles</numerusform>
        </translation>
    </message>
    <message>
        <source>? models</source>
        <translation>? modèles</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>(needs a token)</source>
        <translation>(jeton requis)</translation>
    </message>
</context>
<context>
    <name>ServerKind</name>
    <message>
        <source>OpenAI-compatible</source>
        <translation>Compatible OpenAI</translation>
    </message>
    <message>
        <source>Unknown service</source>
        <translation>Service inconnu</translation>
    </message>
</context>
<context>
    <name>ServerListModel</name>
    <message>
        <source>in use</source>
        <translation>en cours d&apos;utilisation</translation>
    </message>
</context>
<context>
    <name>ServersDialog</name>
    <message>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>gpu-box:11434 or http://10.0.0.5:1234</source>
        <translation>machine-gpu:11434 ou http://10.0.0.5:1234</translation>
    </message>
    <message>
        <source>Shown instead of the kind and version</source>
        <translation>Affiché à la place du type et de la version</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Détecté</translation>
    </message>
    <message>
        <source>Force the kind when detection cannot tell (a proxy in front of the server, say)</source>
        <translation>Forcer le type quand la détection ne peut pas le dire (un proxy devant le serveur, par exemple)</translation>
    </message>
    <message>
        <source>The model the chat picks for this server when none was chosen before</source>
        <translation>Le modèle que la discussion choisit pour ce serveur quand aucun n&apos;a été choisi auparavant</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long to wait for a model to load or for the next token. Default: the one in Preferences.</source>
        <translation>Durée d&apos;attente du chargement d&apos;un modèle ou du jeton suivant. Par défaut&#xa0;: celle des Préférences.</translation>
    </message>
    <message>
        <source>Look for this server</source>
        <translation>Rechercher ce serveur</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Jeton d&apos;API</translation>
    </message>
    <message>
        <source>LM Studio&apos;s API token, llama-server&apos;s --api-key or a reverse proxy&apos;s bearer token. Kept in the system keychain only; sent as &quot;Authorization: Bearer&quot; to this server alone.</source>
        <translation>Le jeton d&apos;API de LM Studio, la clé --api-key de llama-server ou le jeton bearer d&apos;un proxy inverse. Gardé uniquement dans le trousseau du système&#xa0;; envoyé en «&#xa0;Authorization: Bearer&#xa0;» à ce seul serveur.</translation>
    </message>
    <message>
        <source>Forget token</source>
        <translation>Oublier le jeton</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>Default &amp;model:</source>
        <translation>&amp;Modèle par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>&amp;Température&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Context length:</source>
        <translation>Longueur de &amp;contexte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;GPU layers:</source>
        <translation>Couches G&amp;PU&#xa0;:</translation>
    </message>
    <message>
        <source>CPU t&amp;hreads:</source>
        <translation>T&amp;hreads CPU&#xa0;:</translation>
    </message>
    <message>
        <source>Time&amp;out:</source>
        <translation>&amp;Délai d&apos;attente&#xa0;:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Import settings…</source>
        <translation>Importer les réglages…</translation>
    </message>
    <message>
        <source>Export settings…</source>
        <translation>Exporter les réglages…</translation>
    </message>
    <message>
        <source>Servers, parameters, presets and preferences as a JSON file. Tokens are never exported.</source>
        <translation>Serveurs, paramètres, modèles de prompt et préférences dans un fichier JSON. Les jetons ne sont jamais exportés.</translation>
    </message>
    <message>
        <source>Import phoenix.json…</source>
        <translation>Importer phoenix.json…</translation>
    </message>
    <message>
        <source>Export phoenix.json…</source>
        <translation>Exporter phoenix.json…</translation>
    </message>
    <message>
        <source>These servers as a Phoenix gateway&apos;s providers</source>
        <translation>Ces serveurs comme fournisseurs d&apos;une passerelle Phoenix</translation>
    </message>
    <message>
        <source>The token is forgotten (removed from the keychain).</source>
        <translation>Le jeton est oublié (retiré du trousseau).</translation>
    </message>
    <message>
        <source>A token is set; type a new one to replace it</source>
        <translation>Un jeton est défini&#xa0;; tapez-en un nouveau pour le remplacer</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>No token: requests go without an Authorization header.</source>
        <translation>Pas de jeton&#xa0;: les requêtes partent sans en-tête Authorization.</translation>
    </message>
    <message>
        <source>Kept for this run only: no system keychain answered.</source>
        <translation>Gardé pour cette session seulement&#xa0;: aucun trousseau système n&apos;a répondu.</translation>
    </message>
    <message>
        <source>Kept in the system keychain.</source>
        <translation>Gardé dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Type the new server&apos;s address, then Save.</source>
        <translation>Tapez l&apos;adresse du nouveau serveur, puis Enregistrer.</translation>
    </message>
    <message>
        <source>“%1” is not a server address. Write it as host:port or http://host:port, for example 192.168.1.20:11434.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse de serveur. Saisissez-la sous la forme hôte:port ou http://hôte:port, par exemple 192.168.1.20:11434.</translation>
    </message>
    <message>
        <source>Token over plain http</source>
        <translation>Jeton en http non chiffré</translation>
    </message>
    <message>
        <source>%1 is reached over plain http, so anyone on the network between here and there can read the token. Use https (a reverse proxy) if you can.

Send the token over http anyway?</source>
        <translation>%1 est joint en http non chiffré&#xa0;: n&apos;importe qui sur le réseau entre ici et là-bas peut lire le jeton. Utilisez https (un proxy inverse) si vous le pouvez.

Envoyer quand même le jeton en http&#xa0;?</translation>
    </message>
    <message>
        <source>Not saved: the token would travel in clear.</source>
        <translation>Non enregistré&#xa0;: le jeton circulerait en clair.</translation>
    </message>
    <message>
        <source>Remove server</source>
        <translation>Retirer le serveur</translation>
    </message>
    <message>
        <source>Forget %1, its settings and its token? A server found on this machine is still listed while it runs.</source>
        <translation>Oublier %1, ses réglages et son jeton&#xa0;? Un serveur trouvé sur cette machine reste listé tant qu&apos;il tourne.</translation>
    </message>
    <message>
        <source>Export settings</source>
        <translation>Exporter les réglages</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Settings exported to %1 (without tokens).</source>
        <translation>Réglages exportés dans %1 (sans les jetons).</translation>
    </message>
    <message>
        <source>Import settings</source>
        <translation>Importer les réglages</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>Impossible de lire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Import phoenix.json</source>
        <translation>Importer phoenix.json</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n provider(s) from %1.</source>
        <translation>
            <numerusform>%n fournisseur importé depuis %1.</numerusform>
            <numerusform>%n fournisseurs importés depuis %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export phoenix.json</source>
        <translation>Exporter phoenix.json</translation>
    </message>
    <message>
        <source>Exported %1 (without tokens).</source>
        <translation>%1 exporté (sans les jetons).</translation>
    </message>
    <message>
        <source>Saved. LocalForge is asking the server now; its state shows in the list on the left of the window.</source>
        <translation>Enregistré. LocalForge interroge le serveur&#xa0;; son état apparaît dans la liste à gauche de la fenêtre.</translation>
    </message>
    <message>
        <source>Settings imported and applied; tokens were not part of the file. A new language takes effect at the next start.</source>
        <translation>Réglages importés et appliqués&#xa0;; les jetons ne faisaient pas partie du fichier. Une nouvelle langue prend effet au prochain démarrage.</translation>
    </message>
    <message>
        <source>Password in the address</source>
        <translation>Mot de passe dans l&apos;adresse</translation>
    </message>
    <message>
        <source>The address holds a user name or password. LocalForge never keeps them in an address (it would show in settings, exports and conversations).

Keep the password as this server&apos;s API token, in the system keychain?</source>
        <translation>L&apos;adresse contient un nom d&apos;utilisateur ou un mot de passe. LocalForge ne les garde jamais dans une adresse (ils apparaîtraient dans les réglages, les exports et les conversations).

Garder le mot de passe comme jeton d&apos;API de ce serveur, dans le trousseau du système&#xa0;?</translation>
    </message>
    <message>
        <source>The token saved for %1 would now be sent to %2.</source>
        <translation>Le jeton enregistré pour %1 serait désormais envoyé à %2.</translation>
    </message>
    <message>
        <source>%1 is reached over plain http, so anyone on the network between here and there can read the token.</source>
        <translation>%1 est joint en http non chiffré&#xa0;: n&apos;importe qui sur le réseau entre ici et là-bas peut lire le jeton.</translation>
    </message>
    <message>
        <source>Token for a new address</source>
        <translation>Jeton pour une nouvelle adresse</translation>
    </message>
    <message>
        <source>Send the token to the new address?</source>
        <translation>Envoyer le jeton à la nouvelle adresse&#xa0;?</translation>
    </message>
    <message>
        <source>Send it there</source>
        <translation>L&apos;y envoyer</translation>
    </message>
    <message>
        <source>Forget the token</source>
        <translation>Oublier le jeton</translation>
    </message>
    <message>
        <source>Not saved: the token was not confirmed for the new address.</source>
        <translation>Non enregistré&#xa0;: le jeton n&apos;a pas été confirmé pour la nouvelle adresse.</translation>
    </message>
    <message>
        <source>Found %1 at %2.</source>
        <translation>%1 trouvé à %2.</translation>
    </message>
    <message>
        <source>Already set up, updated with the file&apos;s values; their names and other defaults were kept: %1.</source>
        <translation>Déjà configurés, mis à jour avec les valeurs du fichier&#xa0;; leurs noms et autres valeurs par défaut sont conservés&#xa0;: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 is too large to be LocalForge&apos;s settings (%2 MB). Choose the file “Export settings…” wrote.</source>
        <translation>%1 est trop gros pour être les réglages de LocalForge (%2 Mo). Choisissez le fichier qu&apos;a écrit «&#xa0;Exporter les réglages…&#xa0;».</translation>
    </message>
    <message>
        <source>Ma&amp;x tokens:</source>
        <translation>Jetons ma&amp;x&#xa0;:</translation>
    </message>
    <message>
        <source>API tok&amp;en:</source>
        <translation>J&amp;eton d&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The new server is not saved.</source>
        <translation>Le nouveau serveur n&apos;est pas enregistré.</translation>
    </message>
    <message>
        <source>Your changes to %1 are not saved.</source>
        <translation>Vos modifications de %1 ne sont pas enregistrées.</translation>
    </message>
    <message>
        <source>Save now, or discard what you typed?</source>
        <translation>Enregistrer maintenant, ou abandonner ce que vous avez saisi&#xa0;?</translation>
    </message>
    <message>
        <source>A token is saved for this server, but the system keychain could not give it (%1), so requests go without it. Unlock or start your keyring and restart LocalForge, or type the token again and Save.</source>
        <translation>Un jeton est enregistré pour ce serveur, mais le trousseau du système n&apos;a pas pu le fournir (%1)&#xa0;: les requêtes partent donc sans lui. Déverrouillez ou démarrez votre trousseau puis relancez LocalForge, ou saisissez à nouveau le jeton et enregistrez.</translation>
    </message>
    <message>
        <source>Reading the token from the system keychain…</source>
        <translation>Lecture du jeton dans le trousseau du système…</translation>
    </message>
    <message>
        <source>Not saved: %1 is already in the list, as “%2”. Select it there to change its settings, or type another address.</source>
        <translation>Non enregistré&#xa0;: %1 est déjà dans la liste, sous le nom «&#xa0;%2&#xa0;». Sélectionnez-le pour modifier ses réglages, ou saisissez une autre adresse.</translation>
    </message>
    <message>
        <source>Not saved: the token of %1 is still being read from the system keychain. Save again in a moment, so that it can go with the new address.</source>
        <translation>Non enregistré&#xa0;: le jeton de %1 est encore en cours de lecture dans le trousseau du système. Enregistrez de nouveau dans un instant, pour qu&apos;il puisse suivre la nouvelle adresse.</translation>
    </message>
    <message>
        <source>Not saved: the token of %1 could not be read from the system keychain, and changing the address would lose it. Unlock your keyring and restart LocalForge, or type the token again and Save.</source>
        <translation>Non enregistré&#xa0;: le jeton de %1 n&apos;a pas pu être lu dans le trousseau du système, et changer l&apos;adresse le perdrait. Déverrouillez votre trousseau et relancez LocalForge, ou saisissez à nouveau le jeton et enregistrez.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>This file is not a LocalForge settings file. Nothing was changed.</source>
        <translation>Ce fichier n&apos;est pas un fichier de réglages LocalForge. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This settings file was written by a newer LocalForge. Update LocalForge to import it. Nothing was changed.</source>
        <translation>Ce fichier de réglages a été écrit par une version plus récente de LocalForge. Mettez LocalForge à jour pour l&apos;importer. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Settings cannot be saved to %1: the file or its folder cannot be written. What you change lasts until LocalForge quits. Check that the folder exists and that you may write in it.</source>
        <translation>Les réglages ne peuvent pas être enregistrés dans %1&#xa0;: le fichier ou son dossier ne peut pas être écrit. Vos modifications durent jusqu&apos;à la fermeture de LocalForge. Vérifiez que le dossier existe et que vous pouvez y écrire.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Could not create the lock file %1.</source>
        <translation>Impossible de créer le fichier de verrou %1.</translation>
    </message>
    <message>
        <source>Could not listen for other launches: %1.</source>
        <translation>Impossible d&apos;écouter les lancements suivants&#xa0;: %1.</translation>
    </message>
    <message>
        <source>LocalForge is already running but does not answer. Close it (or end its process), then start LocalForge again.</source>
        <translation>LocalForge est déjà ouvert mais ne répond pas. Fermez-le (ou terminez son processus), puis relancez LocalForge.</translation>
    </message>
    <message>
        <source>LocalForge is already running but did not take the arguments.</source>
        <translation>LocalForge est déjà ouvert mais n&apos;a pas pris les arguments.</translation>
    </message>
</context>
<context>
    <name>StreamReply</name>
    <message>
        <source>This LocalForge cannot use encrypted (https) connections.</source>
        <translation>Ce LocalForge ne peut pas utiliser de connexions chiffrées (https).</translation>
    </message>
    <message>
        <source>Operation canceled</source>
        <translation>Opération annulée</translation>
    </message>
</context>
<context>
    <name>StreamedAnswer</name>
    <message>
        <source>… The thinking goes on: all of it is kept, and shown once the answer is complete.</source>
        <translation>… La réflexion continue&#xa0;: elle est gardée en entier, et affichée une fois la réponse terminée.</translation>
    </message>
    <message numerus="yes">
        <source>… %Ln more character(s) so far, all kept: once the answer is complete, “Show all” shows them.</source>
        <translation>
            <numerusform>… %Ln caractère de plus pour l&apos;instant, tous gardés&#xa0;: une fois la réponse terminée, «&#xa0;Tout afficher&#xa0;» les montre.</numerusform>
            <numerusform>… %Ln caractères de plus pour l&apos;instant, tous gardés&#xa0;: une fois la réponse terminée, «&#xa0;Tout afficher&#xa0;» les montre.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SystemPrompts</name>
    <message>
        <source>Helpful and concise (French)</source>
        <translation>Utile et concis (français)</translation>
    </message>
    <message>
        <source>Helpful and concise</source>
        <translation>Utile et concis</translation>
    </message>
    <message>
        <source>Patient teacher</source>
        <translation>Enseignant patient</translation>
    </message>
    <message>
        <source>Programmer</source>
        <translation>Programmeur</translation>
    </message>
    <message>
        <source>JSON only</source>
        <translation>JSON uniquement</translation>
    </message>
    <message>
        <source>%1 (your preset)</source>
        <translation>%1 (votre modèle)</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>The token for %1 could not be read from the system keychain (%2). Enter it again in the server&apos;s settings.</source>
        <translation>Le jeton de %1 n&apos;a pas pu être lu dans le trousseau du système (%2). Saisissez-le à nouveau dans les réglages du serveur.</translation>
    </message>
    <message>
        <source>The token is saved in the system keychain.</source>
        <translation>Le jeton est enregistré dans le trousseau du système.</translation>
    </message>
    <message>
        <source>No system keychain answered (%1), so the token is kept for this run only and never written to disk. Start your desktop&apos;s keyring (for example GNOME Keyring or KWallet) to keep it.</source>
        <translation>Aucun trousseau système n&apos;a répondu (%1)&#xa0;: le jeton est gardé pour cette session seulement et n&apos;est jamais écrit sur le disque. Démarrez le trousseau de votre bureau (GNOME Keyring ou KWallet, par exemple) pour le conserver.</translation>
    </message>
</context>
<context>
    <name>WorkshopChecklist</name>
    <message>
        <source>A server answers at %1</source>
        <translation>Un serveur répond sur %1</translation>
    </message>
    <message>
        <source>%1 is on the server at %2</source>
        <translation>%1 est sur le serveur %2</translation>
    </message>
    <message>
        <source>%1 fits this machine&apos;s memory</source>
        <translation>%1 tient dans la mémoire de cette machine</translation>
    </message>
    <message>
        <source>%1 loads and answers a one-line prompt (ready offline)</source>
        <translation>%1 se charge et répond à une question d&apos;une ligne (prêt hors ligne)</translation>
    </message>
    <message>
        <source>Other machines can reach the server at %1</source>
        <translation>Les autres machines atteignent le serveur %1</translation>
    </message>
    <message>
        <source>n8n answers at %1</source>
        <translation>n8n répond sur %1</translation>
    </message>
    <message>
        <source>Asking…</source>
        <translation>Interrogation…</translation>
    </message>
    <message>
        <source>%1 %2 answers (%3 ms).</source>
        <translation>%1 %2 répond (%3 ms).</translation>
    </message>
    <message>
        <source>Start the server (for Ollama: `ollama serve`, or `docker compose up -d` in the workshop kit folder), then check again.</source>
        <translation>Démarrez le serveur (pour Ollama&#xa0;: `ollama serve`, ou `docker compose up -d` dans le dossier du kit d&apos;atelier), puis vérifiez à nouveau.</translation>
    </message>
    <message>
        <source>It does not answer as an LLM server.</source>
        <translation>Il ne répond pas comme un serveur de LLM.</translation>
    </message>
    <message>
        <source>Skipped: the server that holds the models does not answer.</source>
        <translation>Non vérifié&#xa0;: le serveur qui porte les modèles ne répond pas.</translation>
    </message>
    <message>
        <source>Skipped: the server does not answer on this machine either.</source>
        <translation>Non vérifié&#xa0;: le serveur ne répond pas non plus sur cette machine.</translation>
    </message>
    <message>
        <source>Skipped: this server cannot list its models.</source>
        <translation>Non vérifié&#xa0;: ce serveur ne sait pas lister ses modèles.</translation>
    </message>
    <message>
        <source>Listing the server&apos;s models…</source>
        <translation>Liste des modèles du serveur…</translation>
    </message>
    <message>
        <source>The server did not list its models.</source>
        <translation>Le serveur n&apos;a pas listé ses modèles.</translation>
    </message>
    <message>
        <source>Skipped: the server did not list its models.</source>
        <translation>Non vérifié&#xa0;: le serveur n&apos;a pas listé ses modèles.</translation>
    </message>
    <message>
        <source>%1 is not on the server.</source>
        <translation>%1 n&apos;est pas sur le serveur.</translation>
    </message>
    <message>
        <source>Pull it now (Pull), or run `ollama pull %1` on that machine.</source>
        <translation>Téléchargez-le maintenant (Télécharger), ou lancez `ollama pull %1` sur cette machine.</translation>
    </message>
    <message>
        <source>Download %1 with the server&apos;s own tools (LM Studio: Discover tab), then check again.</source>
        <translation>Téléchargez %1 avec les outils du serveur (LM Studio&#xa0;: onglet Discover), puis vérifiez à nouveau.</translation>
    </message>
    <message>
        <source>Skipped: the model is not there yet.</source>
        <translation>Non vérifié&#xa0;: le modèle n&apos;est pas encore là.</translation>
    </message>
    <message>
        <source>%1 is there (%2).</source>
        <translation>%1 est là (%2).</translation>
    </message>
    <message>
        <source>%1 is there.</source>
        <translation>%1 est là.</translation>
    </message>
    <message>
        <source>Use a smaller variant (for example llama3.2:1b or qwen2.5:0.5b) or close other programs, then check again.</source>
        <translation>Prenez une variante plus petite (par exemple llama3.2:1b ou qwen2.5:0.5b) ou fermez d&apos;autres programmes, puis vérifiez à nouveau.</translation>
    </message>
    <message>
        <source>Not known: LocalForge knows the memory of this machine only.</source>
        <translation>Inconnu&#xa0;: LocalForge ne connaît que la mémoire de cette machine.</translation>
    </message>
    <message>
        <source>Not known: the server does not say how big the model is.</source>
        <translation>Inconnu&#xa0;: le serveur ne donne pas la taille du modèle.</translation>
    </message>
    <message>
        <source>Waiting for its turn…</source>
        <translation>En attente de son tour…</translation>
    </message>
    <message>
        <source>Skipped: this server cannot chat.</source>
        <translation>Non vérifié&#xa0;: ce serveur ne sait pas discuter.</translation>
    </message>
    <message>
        <source>Loading the model and asking…</source>
        <translation>Chargement du modèle et question…</translation>
    </message>
    <message>
        <source>Answer with one word: ready?</source>
        <translation>Réponds en un mot&#xa0;: prêt&#xa0;?</translation>
    </message>
    <message>
        <source>Answered “%1” in %2 s.</source>
        <translation>A répondu «&#xa0;%1&#xa0;» en %2 s.</translation>
    </message>
    <message>
        <source>%1 tokens/s (%2).</source>
        <translation>%1 tokens/s (%2).</translation>
    </message>
    <message>
        <source>fluid</source>
        <translation>fluide</translation>
    </message>
    <message>
        <source>below 30 tokens/s</source>
        <translation>moins de 30 tokens/s</translation>
    </message>
    <message>
        <source>The answer was empty.</source>
        <translation>La réponse était vide.</translation>
    </message>
    <message>
        <source>It did not answer.</source>
        <translation>Il n&apos;a pas répondu.</translation>
    </message>
    <message>
        <source>It runs on another machine and answers here over the network, so participants on the same network reach it too.</source>
        <translation>Il tourne sur une autre machine et répond ici par le réseau&#xa0;: les participants du même réseau l&apos;atteignent aussi.</translation>
    </message>
    <message>
        <source>This machine has no network address besides loopback.</source>
        <translation>Cette machine n&apos;a pas d&apos;adresse réseau en dehors de la boucle locale.</translation>
    </message>
    <message>
        <source>Connect it to the room&apos;s network (Wi-Fi or cable), then check again.</source>
        <translation>Connectez-la au réseau de la salle (Wi-Fi ou câble), puis vérifiez à nouveau.</translation>
    </message>
    <message>
        <source>Asking %1 as another machine would…</source>
        <translation>Interrogation de %1 comme le ferait une autre machine…</translation>
    </message>
    <message>
        <source>It answers at %1: participants add that address (LocalForge: Add server…; or OLLAMA_HOST=%2).</source>
        <translation>Il répond sur %1&#xa0;: les participants ajoutent cette adresse (LocalForge&#xa0;: Ajouter un serveur…&#xa0;; ou OLLAMA_HOST=%2).</translation>
    </message>
    <message>
        <source>Nothing answers at %1: it listens on loopback only.</source>
        <translation>Rien ne répond sur %1&#xa0;: il n&apos;écoute que sur la boucle locale.</translation>
    </message>
    <message>
        <source>Nothing answers at %1.</source>
        <translation>Rien ne répond sur %1.</translation>
    </message>
    <message>
        <source>Make the server listen on every address (Ollama: OLLAMA_HOST=0.0.0.0) and let port %1 through the firewall.</source>
        <translation>Faites écouter le serveur sur toutes les adresses (Ollama&#xa0;: OLLAMA_HOST=0.0.0.0) et ouvrez le port %1 dans le pare-feu.</translation>
    </message>
    <message>
        <source>n8n answers (HTTP %1).</source>
        <translation>n8n répond (HTTP %1).</translation>
    </message>
    <message>
        <source>It answers HTTP %1.</source>
        <translation>Il répond HTTP %1.</translation>
    </message>
    <message>
        <source>Nothing answers: %1</source>
        <translation>Rien ne répond&#xa0;: %1</translation>
    </message>
    <message>
        <source>Start n8n: `docker compose up -d n8n` in the workshop kit folder, or `npx n8n`; it listens on port 5678.</source>
        <translation>Démarrez n8n&#xa0;: `docker compose up -d n8n` dans le dossier du kit d&apos;atelier, ou `npx n8n`&#xa0;; il écoute sur le port 5678.</translation>
    </message>
    <message>
        <source>There is nothing to pull on this line.</source>
        <translation>Il n&apos;y a rien à télécharger sur cette ligne.</translation>
    </message>
    <message>
        <source>LocalForge pulls only to a server in its list: add %1 first (Add server…), or run `ollama pull %2` on that machine.</source>
        <translation>LocalForge ne télécharge que vers un serveur de sa liste&#xa0;: ajoutez d&apos;abord %1 (Ajouter un serveur…), ou lancez `ollama pull %2` sur cette machine.</translation>
    </message>
    <message>
        <source>Pulling %1… (progress in the Models tab)</source>
        <translation>Téléchargement de %1… (progression dans l&apos;onglet Modèles)</translation>
    </message>
    <message>
        <source>LocalForge workshop check, %1: %2 passed, %3 failed.</source>
        <translation>Vérification de l&apos;atelier LocalForge, %1&#xa0;: %2 réussies, %3 à corriger.</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>À faire&#xa0;: %1</translation>
    </message>
    <message>
        <source>the download was cancelled or stopped</source>
        <translation>le téléchargement a été annulé ou arrêté</translation>
    </message>
    <message>
        <source>Pulling %1 failed: %2</source>
        <translation>Le téléchargement de %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Pull it again, or pull it in the Models tab.</source>
        <translation>Relancez le téléchargement, ou faites-le dans l&apos;onglet Modèles.</translation>
    </message>
    <message>
        <source>Loaded and thinking after %1 s: “%2”. The short test stops before the answer comes.</source>
        <translation>Chargé&#xa0;; il réfléchit après %1 s&#xa0;: «&#xa0;%2&#xa0;». Le test court s&apos;arrête avant que la réponse n&apos;arrive.</translation>
    </message>
</context>
<context>
    <name>WorkshopDialog</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>À corriger</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Participants use this machine&apos;s Ollama (one shared server)</source>
        <translation>Les participants utilisent l&apos;Ollama de cette machine (un serveur partagé)</translation>
    </message>
    <message>
        <source>Workshop checklist</source>
        <translation>Vérification de l&apos;atelier</translation>
    </message>
    <message>
        <source>Expected servers</source>
        <translation>Serveurs attendus</translation>
    </message>
    <message>
        <source>Addresses of the servers that must answer, separated by commas. The first one holds the models.</source>
        <translation>Adresses des serveurs qui doivent répondre, séparées par des virgules. Le premier porte les modèles.</translation>
    </message>
    <message>
        <source>Required models</source>
        <translation>Modèles requis</translation>
    </message>
    <message>
        <source>The models every participant needs, separated by commas (for example phi3, llama3.2, mistral).</source>
        <translation>Les modèles dont chaque participant a besoin, séparés par des virgules (par exemple phi3, llama3.2, mistral).</translation>
    </message>
    <message>
        <source>One shared server</source>
        <translation>Un serveur partagé</translation>
    </message>
    <message>
        <source>Checks that other machines reach this machine&apos;s Ollama (it must listen on 0.0.0.0, not on 127.0.0.1 only).</source>
        <translation>Vérifie que les autres machines atteignent l&apos;Ollama de cette machine (il doit écouter sur 0.0.0.0, pas seulement sur 127.0.0.1).</translation>
    </message>
    <message>
        <source>n8n address</source>
        <translation>Adresse de n8n</translation>
    </message>
    <message>
        <source>Optional, e.g. http://127.0.0.1:5678</source>
        <translation>Facultatif, par ex. http://127.0.0.1:5678</translation>
    </message>
    <message>
        <source>When set, checks that n8n answers there (its /healthz page).</source>
        <translation>Si elle est indiquée, vérifie que n8n y répond (sa page /healthz).</translation>
    </message>
    <message>
        <source>&amp;Servers:</source>
        <translation>&amp;Serveurs&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Models:</source>
        <translation>&amp;Modèles&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;n8n:</source>
        <translation>&amp;n8n&#xa0;:</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de vérification</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Result and fix</source>
        <translation>Résultat et solution</translation>
    </message>
    <message>
        <source>Check &amp;all</source>
        <translation>&amp;Tout vérifier</translation>
    </message>
    <message>
        <source>Check all</source>
        <translation>Tout vérifier</translation>
    </message>
    <message>
        <source>Checks every line again</source>
        <translation>Vérifie à nouveau chaque ligne</translation>
    </message>
    <message>
        <source>&amp;Copy as text</source>
        <translation>&amp;Copier en texte</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>Copier en texte</translation>
    </message>
    <message>
        <source>Copies the checklist and its results as plain text</source>
        <translation>Copie la liste et ses résultats en texte brut</translation>
    </message>
    <message>
        <source>&amp;Export workshop kit…</source>
        <translation>&amp;Exporter le kit d&apos;atelier…</translation>
    </message>
    <message>
        <source>Export workshop kit</source>
        <translation>Exporter le kit d&apos;atelier</translation>
    </message>
    <message>
        <source>Writes a folder for participants: docker-compose.yml (Ollama and n8n), pull-models.sh, the n8n workflow, a Python client and a French LISEZMOI.md</source>
        <translation>Écrit un dossier pour les participants&#xa0;: docker-compose.yml (Ollama et n8n), pull-models.sh, le workflow n8n, un client Python et un LISEZMOI.md en français</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Pulling %1 failed: %2</source>
        <translation>Le téléchargement de %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Pull</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <source>Pull %1</source>
        <translation>Télécharger %1</translation>
    </message>
    <message>
        <source>Download %1 to the server now</source>
        <translation>Télécharger %1 sur le serveur maintenant</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n check(s) passed.</source>
        <translation>
            <numerusform>Prêt&#xa0;: %n vérification réussie.</numerusform>
            <numerusform>Prêt&#xa0;: %n vérifications réussies.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) to fix; each red line says how.</source>
        <translation>
            <numerusform>%n vérification à corriger&#xa0;; chaque ligne rouge dit comment.</numerusform>
            <numerusform>%n vérifications à corriger&#xa0;; chaque ligne rouge dit comment.</numerusform>
        </translation>
    </message>
    <message>
        <source>The checklist is copied as text.</source>
        <translation>La liste est copiée en texte.</translation>
    </message>
    <message>
        <source>The workshop kit is written.</source>
        <translation>Le kit d&apos;atelier est écrit.</translation>
    </message>
    <message>
        <source>Export workshop kit into</source>
        <translation>Exporter le kit d&apos;atelier dans</translation>
    </message>
    <message>
        <source>The kit is in %1: docker-compose.yml, pull-models.sh, n8n-workflow.json, client.py and LISEZMOI.md. Give participants the folder; LISEZMOI.md walks them through it.</source>
        <translation>Le kit est dans %1&#xa0;: docker-compose.yml, pull-models.sh, n8n-workflow.json, client.py et LISEZMOI.md. Donnez le dossier aux participants&#xa0;; LISEZMOI.md les guide pas à pas.</translation>
    </message>
    <message>
        <source>Set the servers and models the session needs, then click “Check all”: each line says what is ready and how to fix what is not.</source>
        <translation>Indiquez les serveurs et les modèles dont la séance a besoin, puis cliquez sur «&#xa0;Tout vérifier&#xa0;»&#xa0;: chaque ligne dit ce qui est prêt et comment réparer ce qui ne l&apos;est pas.</translation>
    </message>
    <message>
        <source>%1 already holds files with the kit&apos;s names and another text: %2. Replace them?</source>
        <translation>%1 contient déjà des fichiers portant les noms de ceux du kit, avec un autre contenu&#xa0;: %2. Les remplacer&#xa0;?</translation>
    </message>
</context>
<context>
    <name>WorkshopKit</name>
    <message>
        <source>Could not create the folder %1. Choose a folder you can write to.</source>
        <translation>Impossible de créer le dossier %1. Choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another folder, or free some space, and export again.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2. Choisissez un autre dossier, ou libérez de la place, et exportez à nouveau.</translation>
    </message>
    <message>
        <source>%1 already holds %2. Nothing was written: choose an empty folder, or agree to replace them.</source>
        <translation>%1 contient déjà %2. Rien n&apos;a été écrit&#xa0;: choisissez un dossier vide, ou acceptez de les remplacer.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A control panel for local LLM servers.</source>
        <translation>Un panneau de contrôle pour serveurs LLM locaux.</translation>
    </message>
    <message>
        <source>Find servers, print them and exit.</source>
        <translation>Rechercher les serveurs, les afficher puis quitter.</translation>
    </message>
    <message>
        <source>Show the window, wait for discovery, save a PNG of it and exit.</source>
        <translation>Afficher la fenêtre, attendre la détection des serveurs, l&apos;enregistrer en PNG puis quitter.</translation>
    </message>
    <message>
        <source>With --screenshot: send this message and wait for the answer first.</source>
        <translation>Avec --screenshot&#xa0;: envoyer d&apos;abord ce message et attendre la réponse.</translation>
    </message>
    <message>
        <source>Language of the interface (en, fr).</source>
        <translation>Langue de l&apos;interface (en, fr).</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>With --scan or --bench: print JSON.</source>
        <translation>Avec --scan ou --bench&#xa0;: afficher du JSON.</translation>
    </message>
    <message>
        <source>Open on this page: chat, models, monitor or benchmark.</source>
        <translation>Ouvrir sur cette page&#xa0;: chat, models, monitor ou benchmark.</translation>
    </message>
    <message>
        <source>Benchmark the models named as MODEL[@SERVER_URL] arguments, print the results and exit.</source>
        <translation>Mesurer les modèles donnés en arguments MODELE[@URL_SERVEUR], afficher les résultats puis quitter.</translation>
    </message>
    <message>
        <source>With --bench: runs per prompt (3).</source>
        <translation>Avec --bench&#xa0;: mesures par prompt (3).</translation>
    </message>
    <message>
        <source>With --bench: tokens per answer at most (256).</source>
        <translation>Avec --bench&#xa0;: jetons par réponse au plus (256).</translation>
    </message>
    <message>
        <source>With --bench: unload each model before each run.</source>
        <translation>Avec --bench&#xa0;: décharger chaque modèle avant chaque mesure.</translation>
    </message>
    <message>
        <source>With --bench: the prompt (default: the short question).</source>
        <translation>Avec --bench&#xa0;: le prompt (par défaut&#xa0;: la question courte).</translation>
    </message>
    <message>
        <source>With --bench: print CSV.</source>
        <translation>Avec --bench&#xa0;: afficher du CSV.</translation>
    </message>
    <message>
        <source>With --bench: MODEL[@SERVER_URL] ...</source>
        <translation>Avec --bench&#xa0;: MODELE[@URL_SERVEUR] ...</translation>
    </message>
    <message>
        <source>Open the Benchmark tab beside another machine&apos;s exported JSON.</source>
        <translation>Ouvrir l&apos;onglet Banc d&apos;essai à côté du JSON exporté d&apos;une autre machine.</translation>
    </message>
    <message>
        <source>--runs wants a whole number of 1 or more.</source>
        <translation>--runs attend un nombre entier d&apos;au moins 1.</translation>
    </message>
    <message>
        <source>--max-tokens wants a whole number of 1 or more.</source>
        <translation>--max-tokens attend un nombre entier d&apos;au moins 1.</translation>
    </message>
    <message>
        <source>LocalForge starts without checking for another one: close any other LocalForge window, as two would save the same conversations.</source>
        <translation>LocalForge démarre sans vérifier s&apos;il en tourne un autre&#xa0;: fermez toute autre fenêtre LocalForge, car deux enregistreraient les mêmes conversations.</translation>
    </message>
</context>
</TS>
