// Resolves n8n "={{ code }}" templates the way n8n does: each {{ }} is a JavaScript expression
// evaluated with $json and $env. Input on stdin, results as JSON on stdout.
const input = JSON.parse(require('fs').readFileSync(0, 'utf8'));
function resolve(template, $json, $env) {
    if (!template.startsWith('=')) throw new Error('not an expression: ' + template);
    return template.slice(1).replace(/\{\{([\s\S]*?)\}\}/g, (_, code) =>
        String(new Function('$json', '$env', 'return (' + code + ');')($json, $env)));
}
const out = {
    body: JSON.parse(resolve(input.body, input.webhookItem, input.env)),
    header: input.header === null ? null : resolve(input.header, input.webhookItem, input.env),
    respond: JSON.parse(resolve(input.respond, input.serverReply, input.env)),
};
process.stdout.write(JSON.stringify(out));
