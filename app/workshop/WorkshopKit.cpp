#include "WorkshopKit.h"

#include "net/WholeFile.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace {
const QString ComposeFile = u"docker-compose.yml"_s;
const QString PullScript = u"pull-models.sh"_s;
const QString WorkflowFile = u"n8n-workflow.json"_s;
const QString ClientFile = u"client.py"_s;
const QString ReadmeFile = u"LISEZMOI.md"_s;

QString firstModel(const QStringList &models)
{
    return models.isEmpty() ? u"phi3"_s : models.first();
}
} // namespace

QStringList WorkshopKit::fileNames()
{
    return {ComposeFile, PullScript, WorkflowFile, ClientFile, ReadmeFile};
}

QString WorkshopKit::dockerCompose()
{
    const QString begin = QString::fromLatin1(GpuBegin);
    const QString end = QString::fromLatin1(GpuEnd);
    return uR"KIT(# Workshop kit written by LocalForge: Ollama and n8n in Docker.
#
#   docker compose up -d      starts both (docker-compose up -d with Compose v1)
#   ./pull-models.sh          downloads the workshop's models into Ollama
#
# Ollama answers on http://localhost:11434 and n8n on http://localhost:5678. Inside this
# file's network, n8n reaches Ollama by its service name: http://ollama:11434.
#
# macOS: Docker on a Mac runs containers in a Linux virtual machine that gets no GPU (no
# Metal), so Ollama in a container would run on the CPU only, many times slower. Mac users run
# Ollama natively (https://ollama.com/download, or `brew install ollama`, then `ollama serve`)
# and start n8n alone: `docker compose up -d --no-deps n8n`; in n8n, Ollama is then
# http://host.docker.internal:11434.
#
# NVIDIA GPU (Linux or Windows with WSL 2): install the NVIDIA Container Toolkit, remove the
# "# " in front of the lines between the two GPU markers below, and run
# `docker compose up -d` again. `docker compose exec ollama nvidia-smi` then lists the GPU.

services:
  ollama:
    image: ollama/ollama:latest
    ports:
      - "11434:11434"
    volumes:
      - ollama:/root/.ollama
    environment:
      - OLLAMA_HOST=0.0.0.0
      - OLLAMA_KEEP_ALIVE=30m
    restart: unless-stopped
    )KIT"_s +
           begin + uR"KIT(
    # deploy:
    #   resources:
    #     reservations:
    #       devices:
    #         - driver: nvidia
    #           count: all
    #           capabilities: [gpu]
    )KIT"_s +
           end + uR"KIT(

  n8n:
    image: docker.n8n.io/n8nio/n8n:latest
    ports:
      - "5678:5678"
    volumes:
      - n8n_data:/home/node/.n8n
    environment:
      # What the workflow's HTTP Request node calls: Ollama by its service name.
      - OLLAMA_BASE_URL=http://ollama:11434
      - GENERIC_TIMEZONE=Europe/Paris
      - TZ=Europe/Paris
      # Lets participants open n8n over plain http from another machine.
      - N8N_SECURE_COOKIE=false
    extra_hosts:
      - "host.docker.internal:host-gateway"
    depends_on:
      - ollama
    restart: unless-stopped

volumes:
  ollama:
  n8n_data:
)KIT"_s;
}

QString WorkshopKit::pullScript(const QStringList &models)
{
    QStringList quoted;
    for (const QString &model : models)
        quoted << ApiSnippets::shellQuote(model);
    return uR"KIT(#!/bin/sh
# Downloads the workshop's models into Ollama (LocalForge workshop kit).
#
#   ./pull-models.sh                   Ollama runs in Docker (docker-compose.yml, this folder)
#   OLLAMA_NATIVE=1 ./pull-models.sh   Ollama is installed on this machine (always on macOS)
set -eu
cd "$(dirname "$0")"

pull() {
    if [ "${OLLAMA_NATIVE:-0}" = 1 ] || [ "$(uname -s)" = Darwin ] ||
        ! command -v docker >/dev/null 2>&1; then
        ollama pull "$1"
    elif docker compose version >/dev/null 2>&1; then
        docker compose exec -T ollama ollama pull "$1"
    else
        docker-compose exec -T ollama ollama pull "$1"
    fi
}

for model in )KIT"_s +
           quoted.join(u' ') + uR"KIT(; do
    echo "==> ollama pull $model"
    pull "$model"
done
echo "Done. The models are listed by: curl http://localhost:11434/api/tags"
)KIT"_s;
}

QString WorkshopKit::readme(const QStringList &models)
{
    QStringList list;
    for (const QString &model : models)
        list << u"- `"_s + model + u'`';
    const QString model = firstModel(models);
    return uR"KIT(# Atelier LLM en local : mise en place

Ce dossier contient tout ce qu’il faut pour suivre l’atelier sur votre machine :

- `docker-compose.yml` : Ollama (le serveur de modèles) et n8n (l’outil d’automatisation) ;
- `pull-models.sh` : télécharge les modèles de l’atelier ;
- `client.py` : un petit client Python de l’API d’Ollama ;
- `n8n-workflow.json` : un workflow n8n (Webhook → Ollama → réponse).

Les modèles de l’atelier :

)KIT"_s + list.join(u'\n') +
           uR"KIT(

## 1. Installer

- **Linux ou Windows** : Docker (Docker Desktop, ou Docker Engine avec le plugin `compose`).
- **macOS** : Docker sur Mac ne donne **pas** accès au GPU aux conteneurs : Ollama y
  tournerait sur le processeur seul, bien plus lentement. Installez Ollama directement
  (https://ollama.com/download, ou `brew install ollama`), et Docker seulement pour n8n.

## 2. Démarrer Ollama et n8n

Dans ce dossier :

```sh
docker compose up -d
```

- **GPU NVIDIA** (Linux, ou Windows avec WSL 2) : installez le NVIDIA Container Toolkit,
  enlevez le `# ` devant les lignes situées entre les deux repères « NVIDIA GPU » de
  `docker-compose.yml`, puis relancez `docker compose up -d`.
  `docker compose exec ollama nvidia-smi` doit alors afficher la carte.
- **macOS** : lancez Ollama (l’application, ou `ollama serve`), puis n8n seul :
  `docker compose up -d --no-deps n8n`.

Vérifiez : `curl http://localhost:11434` répond « Ollama is running ».

## 3. Télécharger les modèles

```sh
./pull-models.sh
```

Avec Ollama installé hors Docker sous Linux : `OLLAMA_NATIVE=1 ./pull-models.sh`.
Comptez quelques minutes par modèle ; `curl http://localhost:11434/api/tags` les liste.

## 4. Premier appel à l’API

```sh
curl http://localhost:11434/api/chat -d '{"model": ")KIT"_s +
           model + uR"KIT(", "stream": false,
  "messages": [{"role": "user", "content": "Bonjour ! Présente-toi en une phrase."}]}'
```

## 5. Le client Python

```sh
python3 -m pip install requests
python3 client.py
```

## 6. n8n

1. Ouvrez http://localhost:5678 et créez le compte propriétaire.
2. Menu **…** → **Import from File…** → `n8n-workflow.json`, puis **Activate** (ou **Publish**).
3. Sur macOS, dans le nœud **HTTP Request**, remplacez `http://ollama:11434` par
   `http://host.docker.internal:11434`.
4. Essayez :

```sh
curl -X POST http://localhost:5678/webhook/localforge-chat \
  -H 'Content-Type: application/json' -d '{"message": "Bonjour !"}'
```

## En cas de souci

- **Rien ne répond sur le port 11434** : `docker compose ps` doit montrer `ollama` en
  marche ; sinon `docker compose logs ollama`.
- **Le port est déjà pris** : un Ollama installé tourne déjà ; arrêtez-le, ou utilisez-le
  et ne démarrez que n8n (`docker compose up -d --no-deps n8n`).
- **Serveur partagé** : si l’animateur vous donne l’adresse de son serveur
  (`http://ADRESSE:11434`), remplacez `localhost` par cette adresse dans `client.py` et dans
  les commandes ci-dessus. Sur sa machine, Ollama doit écouter sur toutes les adresses
  (`OLLAMA_HOST=0.0.0.0`).
- **Réponses lentes** : un modèle plus petit (`llama3.2:1b`, `qwen2.5:0.5b`) répond plus
  vite sur une machine sans GPU.
)KIT"_s;
}

ChatRequest WorkshopKit::sampleRequest(const Options &options)
{
    ChatRequest request = options.request;
    if (request.model.isEmpty())
        request.model = firstModel(options.models);
    if (request.messages.isEmpty())
        request.messages = {{ChatTurn::Role::User, u"Bonjour ! Présente-toi en une phrase."_s}};
    return request;
}

QString WorkshopKit::pythonClient(const Options &options)
{
    ApiCallTarget target;
    target.kind = ServerKind::Ollama;
    target.baseUrl = QUrl(u"http://localhost:11434"_s);
    return ApiSnippets::python(target, sampleRequest(options));
}

QString WorkshopKit::n8nWorkflow(const Options &options)
{
    ApiCallTarget target;
    target.kind = ServerKind::Ollama;
    target.baseUrl = QUrl(u"http://ollama:11434"_s); // the compose file's service name
    return ApiSnippets::n8nWorkflow(target, sampleRequest(options), false);
}

QList<QPair<QString, QString>> WorkshopKit::files(const Options &options)
{
    return {
        {ComposeFile, dockerCompose()},       {PullScript, pullScript(options.models)},
        {WorkflowFile, n8nWorkflow(options)}, {ClientFile, pythonClient(options)},
        {ReadmeFile, readme(options.models)},
    };
}

QStringList WorkshopKit::wouldReplace(const QString &folder, const Options &options)
{
    const QDir dir(folder);
    QStringList names;
    for (const auto &[name, text] : files(options)) {
        QFile f(dir.filePath(name));
        if (!f.exists())
            continue;
        // Read no further than the kit's own text could go: a file bigger is another one.
        const QByteArray ours = text.toUtf8();
        if (!f.open(QIODevice::ReadOnly) || f.size() != ours.size() || f.readAll() != ours)
            names.append(name);
    }
    return names;
}

ApiError WorkshopKit::write(const QString &folder, const Options &options, Existing existing)
{
    if (!QDir().mkpath(folder))
        return ApiError::file(
            tr("Could not create the folder %1. Choose a folder you can write to.")
                .arg(QDir::toNativeSeparators(folder)));
    const QDir dir(folder);
    if (const QStringList taken = wouldReplace(folder, options);
        existing == Existing::Keep && !taken.isEmpty())
        return ApiError::file(
            tr("%1 already holds %2. Nothing was written: choose an empty "
               "folder, or agree to replace them.")
                .arg(QDir::toNativeSeparators(folder), taken.join(QStringLiteral(", "))));
    for (const auto &[name, text] : files(options)) {
        if (QString why; !WholeFile::save(dir.filePath(name), text.toUtf8(), &why))
            return ApiError::file(
                tr("Could not write %1: %2. Choose another folder, or free some space, and "
                   "export again.")
                    .arg(QDir::toNativeSeparators(dir.filePath(name)), why));
        if (name == PullScript)
            QFile::setPermissions(dir.filePath(name),
                                  QFile::permissions(dir.filePath(name)) | QFileDevice::ExeOwner |
                                      QFileDevice::ExeGroup | QFileDevice::ExeOther);
    }
    return {};
}
