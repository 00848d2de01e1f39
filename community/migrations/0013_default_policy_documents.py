"""A first code of conduct and privacy notice, in the community's language; admins edit them."""

from django.conf import settings
from django.db import migrations

TEXTS = {
    "en": {
        "conduct": ("Code of conduct", """\
We are customers helping customers. Please:

- **Be kind.** Everyone was new once. Assume good intent and answer the question asked.
- **Stay on topic.** Questions and answers are about our products and services.
- **Keep it safe.** Never post passwords, account numbers or anyone's personal details.
- **No spam, no abuse.** Advertising, harassment and hate speech are removed, and the
  accounts behind them suspended.

Moderators may edit, hide or close posts that break these rules. Flag what you think
needs their attention.
"""),
        "privacy": ("Privacy notice", """\
**What we keep.** Your email address (never shown to anyone), your display name and what
you write about yourself, what you post, vote and follow, and the IP addresses of your
sessions, to protect your account.

**What others see.** Your display name, your profile and what you post. Never your email.

**Emails.** Only the ones you choose in your notification settings; each has a one-click
unsubscribe link.

**Your rights.** Download all your data from *Settings → Your data*. Delete your account
from *Settings → Delete account*: your personal data is erased, your posts stay for the
community under "former member".
"""),
    },
    "pt": {
        "conduct": ("Código de conduta", """\
Somos clientes ajudando clientes. Por favor:

- **Seja gentil.** Todo mundo já foi novato. Presuma boa-fé e responda o que foi perguntado.
- **Fique no assunto.** Perguntas e respostas são sobre nossos produtos e serviços.
- **Proteja-se.** Nunca publique senhas, números de conta ou dados pessoais de ninguém.
- **Sem spam, sem abuso.** Propaganda, assédio e discurso de ódio são removidos, e as
  contas responsáveis, suspensas.

Moderadores podem editar, ocultar ou fechar publicações que quebrem estas regras.
Sinalize o que precisar da atenção deles.
"""),
        "privacy": ("Aviso de privacidade", """\
**O que guardamos.** Seu e-mail (nunca mostrado a ninguém), seu nome de exibição e o que
você escreve sobre si, o que você publica, vota e segue, e os endereços IP das suas
sessões, para proteger sua conta.

**O que os outros veem.** Seu nome de exibição, seu perfil e o que você publica. Nunca seu
e-mail.

**E-mails.** Só os que você escolher nas preferências de notificação; cada um tem um link
para cancelar com um clique.

**Seus direitos.** Baixe todos os seus dados em *Configurações → Seus dados*. Exclua sua
conta em *Configurações → Excluir conta*: seus dados pessoais são apagados, suas
publicações ficam para a comunidade como "ex-membro".
"""),
    },
}


def create_documents(apps, schema_editor):
    from community.markdown import render_post

    PolicyDocument = apps.get_model("community", "PolicyDocument")
    texts = TEXTS["pt" if settings.LANGUAGE_CODE.lower().startswith("pt") else "en"]
    for kind, (title, body) in texts.items():
        PolicyDocument.objects.get_or_create(
            kind=kind, defaults={"title": title, "body": body, "body_html": render_post(body)}
        )


class Migration(migrations.Migration):
    dependencies = [("community", "0012_policy_documents")]

    operations = [migrations.RunPython(create_documents, migrations.RunPython.noop)]
