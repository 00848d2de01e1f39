"""A comunidade de demonstração em português: clientes da Zefira, operadora fictícia."""

from .content import Reply, Thread

FAKER_LOCALE = "pt_BR"
AGENT_NAME = "{first_name} da Zefira"

THREADS = [
    # --- fatura --------------------------------------------------------------------------
    Thread(
        title="Por que a primeira fatura veio mais cara que o valor do plano?",
        tags="fatura fibra",
        body="""Assinei a **Fibra 500** por R$ 119,90/mês, mas a primeira fatura veio
R$ 171,26. Ninguém falou de cobrança extra na hora da contratação.

Na fatura aparece:

- Fibra 500 – 01/03 a 31/03: R$ 119,90
- Fibra 500 – 19/02 a 28/02: R$ 42,82
- Impostos: R$ 8,54

Essa segunda linha é erro?""",
        answers=[
            Reply(
                """Não é erro: a primeira fatura sempre cobre dois períodos. A instalação foi
no dia 19/02, então você paga esses 10 dias **proporcionais** (119,90 ÷ 28 × 10 = 42,82)
mais o primeiro mês cheio. A partir da segunda fatura vem só o valor do plano.""",
                accepted=True,
                comments=[Reply("Bateu certinho. Valeu!", by="asker")],
            ),
            "Aconteceu o mesmo comigo. A segunda fatura já veio normal.",
        ],
    ),
    Thread(
        title="Cobrança de 'Serviços digitais' na fatura que eu não contratei",
        tags="fatura conta",
        body="""Há três meses aparece na minha fatura uma linha **Serviços digitais –
R$ 14,90**. Nunca assinei nada disso. Como cancelo e peço o dinheiro de volta?""",
        answers=[
            Reply(
                """Pedimos desculpas pelo transtorno. Verificamos que o pacote de serviços
digitais foi ativado sem a sua confirmação. Já fizemos o cancelamento e lançamos o
**reembolso em dobro** dos três meses como crédito na próxima fatura, conforme o Código
de Defesa do Consumidor.

Se aparecer qualquer outro serviço que você não reconhece, é só responder aqui.""",
                by="agent",
                accepted=True,
                comments=[Reply("Crédito apareceu na fatura de hoje. Obrigada!", by="asker")],
            ),
            """Dá pra ver e cancelar esses serviços sozinho no app: *Meu plano → Serviços
adicionais*. Eu tinha um de revista digital que nem sabia.""",
            "Isso é o famoso SVA. Vale conferir a fatura todo mês.",
        ],
    ),
    Thread(
        title="Como tiro a 2ª via da fatura em PDF?",
        tags="fatura app",
        body="""Perdi o e-mail com a fatura deste mês e preciso do PDF pra pagar o boleto
pelo banco. Onde encontro a segunda via?""",
        answers=[
            Reply(
                """No app **Minha Zefira**: *Faturas → Ver todas*, toque no mês e depois em
*Baixar PDF*. Ali mesmo tem o botão *Copiar código de barras* e o *Pix copia e cola*, se
preferir nem baixar o PDF.

Pelo site: https://minha.zefira.example/faturas.""",
                accepted=True,
                comments=["O Pix copia e cola é o mais prático, cai na hora."],
            ),
            "Também dá pra pedir pelo WhatsApp da Zefira, eles mandam o PDF na conversa.",
        ],
    ),
    Thread(
        title="Preciso da nota fiscal com CNPJ para reembolso da empresa",
        tags="fatura conta",
        body="""A empresa onde trabalho reembolsa a internet de quem faz home office, mas
exige a **nota fiscal** em nome do CNPJ. Minha conta está no meu CPF. Tem como emitir?""",
        answers=[
            Reply(
                """A nota sai sempre em nome do titular da conta, então no seu caso será no
seu CPF. Quase todas as empresas aceitam a nota em nome do funcionário para reembolso de
home office; vale confirmar com o RH.

A nota fiscal fica em *Faturas → Nota fiscal* no app, separada do boleto.""",
                accepted=True,
            ),
            """Se a empresa exigir mesmo o CNPJ, aí precisa migrar a conta para um plano
empresarial, e o titular passa a ser a empresa.""",
        ],
    ),
    Thread(
        title="Paguei o boleto no dia do vencimento e veio multa por atraso",
        tags="fatura pagamento",
        by="customer",
        body="""Minha fatura vencia dia 10 e paguei o boleto no próprio dia 10, pelo app do
banco. Na fatura deste mês veio **multa de R$ 2,40 + juros**.

O boleto demora pra compensar? Queria que tirassem essa multa.""",
        answers=[
            """O boleto pode levar até **3 dias úteis** para compensar, mas o que vale é a
data do pagamento. Se você pagou dentro do horário do banco no dia 10, a multa foi
indevida. Manda o comprovante pelo chat (*Ajuda → Fale com a gente*) que eles estornam.""",
            """Pra não ter dor de cabeça: paga por **Pix**, que compensa na hora, ou coloca
no débito automático.""",
            "Atenção: boleto pago depois das 21h no app do banco costuma contar como dia seguinte.",
        ],
    ),
    # --- pagamento -----------------------------------------------------------------------
    Thread(
        title="Paguei com Pix e a fatura continua como 'em aberto'",
        tags="pagamento fatura",
        body="""Paguei a fatura com Pix copia e cola ontem às 14h. O dinheiro saiu da minha
conta, mas no app a fatura continua **em aberto** e recebi SMS de cobrança hoje.""",
        answers=[
            Reply(
                """O Pix cai na hora, mas a baixa no sistema da Zefira pode levar até
**1 dia útil**. O SMS de cobrança provavelmente foi disparado antes da baixa. Se passar de
um dia útil, envie o comprovante com o ID da transação (começa com E) pelo chat.""",
                accepted=True,
            ),
            "Aqui atualizou no dia seguinte de manhã. Pode ignorar o SMS.",
        ],
        comments=["Você usou o Pix da fatura deste mês ou de um boleto antigo?"],
    ),
    Thread(
        title="Como cadastro o débito automático?",
        tags="pagamento conta",
        body="""Quero parar de pagar boleto todo mês. A Zefira aceita débito automático em
conta? Quais bancos?""",
        answers=[
            Reply(
                """Aceita sim, nos principais bancos. O caminho é *Faturas → Forma de
pagamento → Débito automático*: você escolhe o banco, informa agência e conta, e depois
precisa **autorizar no app do banco** (aparece como "Zefira Telecom").

Se a autorização for feita até 10 dias antes do vencimento, a próxima fatura já vem no
débito. Senão, começa na seguinte.""",
                accepted=True,
            ),
            "Tem também o cartão de crédito recorrente, se o seu banco não estiver na lista.",
            "No meu banco a autorização demorou 2 dias para aparecer no app.",
        ],
    ),
    Thread(
        title="Posso pagar a fatura da minha mãe sem ter o login dela?",
        tags="pagamento fatura",
        body="""Pago a internet da minha mãe, mas não tenho a senha dela. Tem alguma página
onde eu pago só com o CPF ou o número do contrato?""",
        answers=[
            """Tem: https://pagar.zefira.example — você informa o **CPF do titular** e
aparecem as faturas em aberto, com Pix e código de barras. Não precisa de login.""",
            """Ela também pode te cadastrar como usuário autorizado; aí você vê as faturas
dela no seu próprio app.""",
        ],
    ),
    # --- wi-fi ---------------------------------------------------------------------------
    Thread(
        title="Wi-Fi cai toda noite por volta das 20h, no cabo funciona normal",
        tags="wifi roteador",
        body="""Toda noite, entre 20h e 23h, o Wi-Fi desconecta por alguns segundos, várias
vezes por hora. O PC ligado no cabo não cai nunca.

- Roteador: Zefira Hub 4, firmware 4.2.1
- Prédio com muitas redes em volta
- Acontece no celular, no notebook e na TV

No log do roteador aparece isto toda vez:

```text
20:14:52 wlan1: radar detected on channel 52, switching to channel 36
20:14:53 wlan1: CAC started
```

Tem o que fazer?""",
        answers=[
            Reply(
                """Esse log já responde: o canal 52 é um **canal DFS**, compartilhado com
radares meteorológicos. Quando o roteador detecta radar, ele é obrigado a sair do canal e
a rede de 5 GHz some por uns instantes.

Na página do roteador (http://192.168.1.1), vá em *Wi-Fi → 5 GHz → Canal* e escolha
manualmente um canal sem DFS: **36, 40, 44 ou 48**. As quedas devem parar.""",
                accepted=True,
                comments=[
                    Reply("Coloquei no 44 e nenhuma queda em três noites. Muito obrigado!",
                          by="asker"),
                ],
            ),
            """À noite todo mundo do prédio está vendo streaming, então a interferência
também aumenta. No 2,4 GHz, use os canais 1, 6 ou 11.""",
            "Essa configuração volta ao padrão depois de atualizar o firmware? A minha voltou.",
            """Mesmo problema aqui, perto do aeroporto de Confins. O canal 36 resolveu. Dá
pra ver os eventos de radar em *Sistema → Logs → Wireless* antes de mudar.""",
            "Salvei a resposta. Meu vizinho tem o mesmo problema.",
        ],
    ),
    Thread(
        title="Rede de 5 GHz some depois que o roteador reinicia",
        tags="wifi roteador",
        body="""Sempre que o meu Hub 3 reinicia, só aparece a rede de 2,4 GHz. A de 5 GHz só
volta se eu entrar nas configurações e salvar de novo, sem mudar nada.

O roteador está com defeito?""",
        answers=[
            """É um bug conhecido do firmware 3.8 do Hub 3. Atualize para o 3.9 ou mais
novo (*Sistema → Firmware → Verificar agora*). Se a atualização não aparecer, o suporte
consegue mandar remotamente.""",
            Reply(
                """O Hub 3 com mais de 3 anos tem direito a troca gratuita pelo Hub 4. Vale
pedir.""",
                comments=["Pedi hoje, o novo chega sexta. Não sabia disso!"],
            ),
        ],
    ),
    Thread(
        title="Tomada inteligente não conecta: preciso de uma rede só 2,4 GHz?",
        tags="wifi roteador",
        body="""Comprei quatro tomadas inteligentes. O app delas pede *"Conecte o celular a
uma rede 2,4 GHz"*, mas o Hub 4 mostra um nome só para as duas frequências.

Preciso separar as redes? Não queria perder o band steering no resto da casa.""",
        answers=[
            Reply(
                """Não precisa separar de vez. Duas opções:

1. Em *Wi-Fi → Avançado*, ative a **Rede IoT**: ela cria uma rede extra só 2,4 GHz
   (tipo `MinhaCasa-IoT`) e a principal continua com band steering.
2. Ou desligue o 5 GHz temporariamente, configure as tomadas e ligue de novo. Elas só usam
   2,4 GHz mesmo, então continuam funcionando.

A opção 1 é melhor: ainda dá pra isolar os dispositivos IoT dos seus computadores.""",
                accepted=True,
            ),
            "A opção 2 funcionou aqui com as mesmas tomadas. Levou 5 minutos.",
            "+1 pra rede IoT. Meu robô aspirador ficou bem mais estável nela.",
        ],
    ),
    Thread(
        title="Onde colocar o ponto mesh num sobrado de três andares?",
        tags="wifi instalacao",
        body="""O Hub 4 fica no térreo, na garagem (é onde a fibra entra). No quarto do
segundo andar o sinal quase não chega. Tenho um **Ponto Mesh Zefira**.

Coloco no primeiro andar ou no segundo?""",
        answers=[
            Reply(
                """No primeiro andar, mais ou menos acima do Hub. O ponto mesh precisa receber
um sinal *forte* do Hub para repassar; no segundo andar ele só repetiria um sinal fraco.

Use o *Mesh → Verificar posição* no app: tem que aparecer **Bom** ou **Excelente**. Se o
segundo andar continuar fraco, aí vale um segundo ponto lá.""",
                accepted=True,
            ),
            """Se tiver um cabo de rede entre os andares, ligue o ponto mesh no cabo. Faz uma
diferença enorme.""",
            "Evite deixar atrás da TV ou dentro de armário; metal e espelho matam o sinal.",
            "Roteador na garagem é sempre o pior lugar. Não dá pra pedir pra mudar a fibra?",
        ],
    ),
    Thread(
        title="Rede de visitantes: como impedir que vejam meu HD de rede?",
        tags="wifi roteador",
        body="""Ativei a rede de visitantes para os hóspedes do meu apartamento de temporada.
Mas pelo celular de visitante ainda aparecem o meu HD de rede e a impressora. A rede de
visitantes não deveria ser separada?""",
        answers=[
            Reply(
                """Confira em *Wi-Fi → Rede de visitantes* a opção **Permitir acesso à rede
local**. Em firmwares antigos ela vem ligada. Desligue e os visitantes ficam só com a
internet.

Na mesma tela dá pra definir um **limite de velocidade** para visitantes.""",
                accepted=True,
            ),
        ],
        comments=[
            Reply(
                """Por favor, não publique o nome da sua rede nem o endereço aqui: a página é
pública. Removi essas informações da pergunta.""",
                by="moderator",
            ),
        ],
    ),
    # --- roteador ------------------------------------------------------------------------
    Thread(
        title="Como abrir porta no Hub 4 para um servidor de jogo?",
        tags="roteador",
        body="""Estou hospedando um servidor de Minecraft para os amigos no meu PC
(192.168.1.50). Criei uma regra em *Avançado → Redirecionamento de portas*:

| Serviço | Porta externa | IP interno | Porta interna | Protocolo |
|---|---|---|---|---|
| minecraft | 25565 | 192.168.1.50 | 25565 | TCP |

Os amigos continuam sem conseguir entrar e os sites de teste dizem que a porta está fechada.""",
        answers=[
            Reply(
                """Confira nesta ordem:

1. **Firewall do Windows** no PC: libere o Java em redes *públicas e privadas*.
2. Dê um **IP fixo** ao PC (*Rede → Reservas de DHCP*); senão a regra aponta para um
   endereço que o PC já não tem.
3. Veja o IP da WAN na página de status do Hub. Se começar com `100.64.`, você está atrás
   de **CGNAT** e redirecionamento de porta não funciona: peça ao suporte um IPv4 público
   (é gratuito nos planos de fibra).

Para testar de fora:

```bash
nc -vz seu.ip.publico 25565
```""",
                accepted=True,
                comments=[
                    Reply("Era CGNAT. O suporte trocou para IP público em 10 minutos.",
                          by="asker"),
                ],
            ),
            "Confira também se o servidor escuta em 0.0.0.0 e não só em localhost.",
        ],
    ),
    Thread(
        title="Posso usar meu próprio roteador no lugar do Hub da Zefira?",
        tags="roteador fibra",
        body="""Já tenho um roteador bom (Wi-Fi 6E) e preferia usar ele. A Zefira Fibra
aceita roteador de terceiros? Quais configurações eu preciso?""",
        answers=[
            Reply(
                """Aceita. A ONT (o modem da fibra) é separada, então é só ligar o seu
roteador nela. Configurações da Zefira Fibra:

```text
Tipo de WAN:  PPPoE
Usuário:      <número do contrato>@zefira.example
Senha:        no app Minha Zefira → Internet → Dados da conexão
VLAN ID:      10 (802.1Q com tag)
MTU:          1492
IPv6:         DHCPv6 com delegação de prefixo (/56)
```

O suporte não configura equipamento de terceiros, mas a conexão em si tem suporte normal.""",
                accepted=True,
                comments=["A VLAN 10 era o que faltava aqui. Sem ela o PPPoE não conecta."],
            ),
            """Guarde o Hub: se ligar para o suporte com algum problema, vão pedir para
testar com ele.""",
            "Se você usa o telefone fixo da Zefira, ele só funciona pela porta do Hub.",
        ],
    ),
    Thread(
        title="O que significa a luz WAN laranja piscando no Hub?",
        tags="roteador rede",
        body="""A luz WAN do Hub 4 está piscando em laranja e estou sem internet. As outras
luzes estão brancas. O que significa e o que eu faço?""",
        answers=[
            Reply(
                """WAN laranja piscando = o Hub não consegue se autenticar na rede. Quase
sempre é um destes:

- A ONT está desligada ou o cabo soltou → confira o cabo de rede entre os dois
- Falha na sua região → veja em *Ajuda → Status do serviço* no app
- Depois de trocar de plano, os dados de acesso mudaram → reinicie o Hub para ele buscar

Se a própria ONT estiver com luz vermelha, é problema na fibra e precisa de técnico.""",
                accepted=True,
            ),
            "O meu ficou assim durante uma queda semana passada. Voltou sozinho depois de 2h.",
        ],
    ),
    Thread(
        title="Configuração de DNS está bloqueada no Hub 4",
        tags="roteador",
        body="""Quero usar outro DNS na casa toda, mas em *Rede → LAN → DNS* os campos estão
cinza, sem dar pra editar. A Zefira bloqueia isso?""",
        answers=[
            Reply(
                """Não bloqueia: desligue a opção **Usar DNS da Zefira** um pouco acima, na
mesma tela, e os campos liberam. Aí é só colocar os dois servidores e salvar.""",
                comments=[Reply("Achei, estava logo acima. Obrigado!", by="asker")],
            ),
            """Também dá pra configurar o DNS em cada aparelho, mas no Hub é mais simples,
porque todo mundo recebe via DHCP.""",
        ],
    ),
    Thread(
        title="Atualização do firmware do Hub travada em 60% há uma hora",
        tags="roteador",
        body="""Comecei a atualização do firmware pela página do roteador há uma hora. A
barra continua em 60% e as luzes piscam em branco. Posso desligar da tomada?""",
        answers=[
            Reply(
                """Espere mais alguns minutos e depois pode reiniciar sem medo: o Hub mantém
o firmware antigo até o novo estar gravado por completo, então desligar não estraga nada.
Depois de reiniciar ele volta na versão antiga e você tenta de novo.""",
                accepted=True,
            ),
            "O meu travou também. Na segunda tentativa foi, acho que o download estava lento.",
            "Dica: atualize com o computador no cabo, não pelo Wi-Fi.",
        ],
    ),
    # --- app -----------------------------------------------------------------------------
    Thread(
        title="App Minha Zefira desloga toda hora no Android 15",
        tags="app conta",
        body="""Desde a última atualização (7.3.0) preciso entrar com a senha toda vez que
abro o app. Android 15, Galaxy S24. Já limpei o cache e não adiantou.""",
        answers=[
            """Veja se a economia de bateria está como **Restrita** para o app (*Configurações
→ Aplicativos → Minha Zefira → Bateria*). No modo restrito o Android apaga a sessão em
segundo plano.""",
            Reply(
                """Obrigada por avisar. A versão 7.3.0 tinha um erro no armazenamento da sessão
no Android 15; a **7.3.1**, publicada hoje, corrige. Atualize pela Play Store e faça login
uma última vez.""",
                by="agent",
                accepted=True,
                comments=["Atualizei e resolveu. Valeu!"],
            ),
        ],
    ),
    Thread(
        title="De quanto em quanto tempo o app atualiza o consumo de internet?",
        tags="app planos",
        body="""O app diz que tenho 3,2 GB restantes, mas usei os dados móveis a manhã toda
e o número não mudou. Esse valor é atualizado quando?""",
        answers=[
            Reply(
                """O consumo é atualizado **a cada poucas horas**, não em tempo real, porque
vem dos registros de cobrança da rede. O horário da última atualização aparece em letra
pequena embaixo da barra de consumo.

Os SMS de 80% e 100% do pacote, esses sim chegam na hora.""",
                accepted=True,
            ),
            "No roaming demora ainda mais, até 24 horas.",
        ],
    ),
    Thread(
        title="Código de verificação por SMS nunca chega no login",
        tags="app conta",
        body="""Quando entro no app, ele pede um código de 6 dígitos por SMS, mas o SMS não
chega. Cliquei em *Reenviar* 5 vezes e agora aparece "Muitas tentativas".

SMS de outras empresas chegam normalmente.""",
        answers=[
            Reply(
                """Depois de muitas tentativas o envio fica bloqueado por **30 minutos**;
espere esse tempo antes de tentar de novo. Enquanto isso:

1. Confira se o celular cadastrado no seu perfil é o atual (o SMS vai para ele, não
   necessariamente para a linha que você está acessando).
2. Veja se você não bloqueou o número curto **28810**.
3. Prefira o app autenticador: *Perfil → Segurança → App autenticador*.

Se continuar sem chegar, chame no chat que confirmamos sua identidade de outra forma.""",
                by="agent",
                accepted=True,
            ),
            "Eu tinha bloqueado o número curto sem querer anos atrás. Desbloqueei e chegou.",
        ],
    ),
    Thread(
        title="Sugestão: modo escuro no app Minha Zefira",
        tags="app",
        body="""O app é branco demais à noite, chega a doer o olho. Tem previsão de modo
escuro? Hoje em dia quase todo app segue o tema do sistema.""",
        answers=[
            "+1. E fonte maior nos números do consumo, por favor, são minúsculos.",
        ],
        comments=[
            Reply(
                """Boa notícia: o modo escuro já está na versão beta (entre em *Perfil →
Testar novidades*) e chega para todo mundo no mês que vem. Vamos repassar a sugestão da
fonte também.""",
                by="agent",
            ),
            "Testei a beta, ficou ótimo.",
        ],
    ),
    # --- planos --------------------------------------------------------------------------
    Thread(
        title="A internet que sobra no Controle acumula para o mês seguinte?",
        tags="planos",
        body="""Tenho o **Controle 20 GB** e este mês só usei 11 GB. Os 9 GB que sobraram
passam para o próximo mês ou eu perco?""",
        answers=[
            Reply(
                """No Controle os dados que sobram acumulam **por um mês**: os seus 9 GB entram
junto com os 20 GB do próximo ciclo e são usados primeiro. O que não for usado até o fim
desse mês expira.

Planos antigos (antes de 2024) não têm esse bônus; confira o nome do seu plano no app.""",
                accepted=True,
            ),
            "Confirmo, o meu mostra '20 GB + 6,4 GB acumulados'.",
        ],
    ),
    Thread(
        title="Trocar a Fibra 1 Giga pela 500 no meio da fidelidade tem multa?",
        tags="planos fibra fatura",
        body="""Faltam 14 meses da fidelidade de 24 meses da **Fibra 1 Giga**. Não preciso
de tanta velocidade. Consigo ir para a Fibra 500 sem pagar multa?""",
        answers=[
            Reply(
                """Pode trocar uma vez durante a fidelidade sem multa, desde que continue num
plano de fibra. A data final da fidelidade não muda. É em *Meu plano → Trocar plano*; vale
a partir do próximo ciclo de cobrança.""",
                accepted=True,
            ),
            "Atenção: descontos promocionais normalmente acabam quando você troca de plano.",
            "Fiz isso ano passado e perdi o desconto de fidelidade. Mesmo assim ficou mais barato.",
        ],
    ),
    Thread(
        title="Plano família: posso incluir meus pais que moram em outra cidade?",
        tags="planos",
        body="""Queria colocar os celulares dos meus pais no meu plano família, mas eles
moram em outra cidade, com outro DDD. Todas as linhas precisam ser do mesmo endereço?""",
        answers=[
            """Não, as linhas móveis do plano família podem ser de qualquer lugar do Brasil
e até manter o DDD delas. Só o endereço de cobrança do titular importa.""",
            """São até 5 linhas. Cada dependente custa R$ 39,90 e divide a franquia, então
vale pôr um limite por linha no app se seus pais assistem muito vídeo.""",
        ],
    ),
    Thread(
        title="O que acontece quando acaba a franquia: reduz a velocidade ou cobra a mais?",
        tags="planos fatura",
        body="""Estourei a franquia no mês passado numa viagem a trabalho. Tenho medo de
vir uma conta enorme. O que acontece exatamente quando chega em 100%?""",
        answers=[
            Reply(
                """Nada de cobrança surpresa: ao chegar em 100% a internet é **bloqueada**
até a renovação do ciclo (WhatsApp continua liberado nos planos Controle). Você recebe um
SMS oferecendo um pacote adicional:

- 2 GB por R$ 12,90
- 5 GB por R$ 24,90

Só é cobrado se você responder ao SMS ou contratar pelo app.""",
                accepted=True,
            ),
            "Nos planos pós ilimitados a velocidade cai depois de 100 GB, é a política de uso.",
        ],
    ),
    # --- roaming -------------------------------------------------------------------------
    Thread(
        title="Passaporte Europa ativado, mas sem internet em Portugal",
        tags="roaming",
        body="""Cheguei em Lisboa hoje de manhã. Tenho o **Passaporte Europa** (ativei ontem,
recebi o SMS de confirmação). Ligação funciona, mas internet nenhuma.

iPhone 15, chip físico.""",
        answers=[
            Reply(
                """Normalmente são duas configurações no iPhone:

1. *Ajustes → Celular → Opções de Dados Celulares → **Roaming de Dados*** tem que estar
   ligado.
2. O APN: em *Rede de Dados Celulares*, o APN deve ser `internet.zefira` (às vezes fica
   vazio depois de atualizar o iOS).

Depois ligue e desligue o modo avião. Se ele pegar uma operadora que não é parceira,
escolha manualmente em *Seleção de Rede*.""",
                accepted=True,
                comments=[
                    Reply("O roaming de dados estava desligado. Que vergonha, mas obrigado!",
                          by="asker"),
                ],
            ),
            "Outra coisa: o passaporte começa a contar no primeiro uso fora, não na compra.",
        ],
    ),
    Thread(
        title="Pago para receber ligação em roaming nos Estados Unidos?",
        tags="roaming fatura",
        body="""Vou passar duas semanas nos EUA sem contratar o Passaporte. Se alguém me ligar
e eu atender, eu pago por essa ligação?""",
        answers=[
            Reply(
                """Paga, sim: fora do Passaporte as **ligações recebidas também são cobradas**
(R$ 4,99/min nos EUA), e a caixa postal conta como ligação recebida. Ou você contrata o
Passaporte Américas, ou desvia a caixa postal enquanto estiver fora (`##002#` na maioria
dos celulares).""",
                accepted=True,
            ),
            "Chamada de WhatsApp no Wi-Fi do hotel não gasta nada, né? Foi o que eu fiz.",
            "O Passaporte Américas é R$ 39,90 por dia; para mim se pagou no segundo dia.",
        ],
    ),
    Thread(
        title="O celular usa roaming em navio de cruzeiro?",
        tags="roaming rede",
        body="""Vamos fazer um cruzeiro pela costa brasileira no mês que vem. O roaming
funciona no navio? Já ouvi histórias de contas absurdas.""",
        answers=[
            Reply(
                """As histórias são reais: em alto-mar o celular se conecta a uma **rede
marítima via satélite**, que *não* está incluída em nenhum plano nem Passaporte e custa
caríssimo por MB, mesmo em águas brasileiras.

Antes de embarcar: desligue o *Roaming de Dados*, ou deixe o celular em modo avião e use o
Wi-Fi do navio. Nas paradas em terra você volta para a rede normal.""",
                accepted=True,
            ),
            """Dá pra bloquear as redes marítimas de vez: *Minha Zefira → Roaming → Bloquear
redes marítimas e de satélite*.""",
        ],
    ),
    Thread(
        title="Passaporte Américas cobre Chile e Argentina na mesma viagem?",
        tags="roaming planos",
        by="customer",
        body="""Vou fazer uma viagem de 12 dias por Santiago e depois Buenos Aires. A página
do Passaporte só fala "Américas". Chile e Argentina estão incluídos no mesmo pacote, ou
preciso contratar dois?""",
    ),
    # --- instalação ----------------------------------------------------------------------
    Thread(
        title="O técnico não apareceu no horário da instalação. E agora?",
        tags="instalacao",
        body="""Tirei o dia de folga para a instalação da fibra, agendada entre 8h e 12h.
São 15h e ninguém apareceu nem ligou. No app o agendamento continua "Confirmado".""",
        answers=[
            Reply(
                """Pedimos desculpas, isso não deveria acontecer. O atendimento anterior do
técnico atrasou e o reagendamento não foi avisado a você.

Já marcamos o primeiro horário de amanhã (8h às 10h) e lançamos um **crédito de R$ 50**
na sua primeira fatura pela visita perdida. Se amanhã não der, troque em *Pedidos →
Instalação*.""",
                by="agent",
                accepted=True,
                comments=[
                    Reply("O técnico chegou 8h15 hoje. Tudo funcionando.", by="asker"),
                ],
            ),
            "Aconteceu comigo também. Pelo chat foi bem mais rápido do que pelo 0800.",
        ],
    ),
    Thread(
        title="A ONT pode ficar em outro cômodo, longe de onde a fibra entra?",
        tags="instalacao fibra",
        body="""A fibra entra na casa pela garagem. Queria a ONT e o roteador na sala, uns
15 metros de distância. Dá pra fazer? Tem custo extra?""",
        answers=[
            Reply(
                """Dá. O técnico passa até **20 metros** de fibra interna sem custo (pelo
rodapé ou por conduítes que já existam). Furar parede, só com a sua autorização. Avise no
agendamento para ele levar cabo suficiente.""",
                accepted=True,
            ),
            "Peça pra usar o conduíte do telefone fixo, se tiver. Fica bem mais bonito.",
        ],
    ),
    Thread(
        title="Vou me mudar mês que vem: como transfiro a internet?",
        tags="instalacao conta fibra",
        body="""Vamos mudar no dia 15 do mês que vem. Queria ter internet no endereço novo
já no primeiro dia, se possível. Como funciona e tem taxa?""",
        answers=[
            Reply(
                """Use *Meu plano → Mudança de endereço* com pelo menos **15 dias** de
antecedência. Você informa o endereço novo e escolhe a data da instalação; a linha antiga
continua funcionando até esse dia.

- A mudança é gratuita uma vez por ano nos planos com fidelidade
- Se o endereço novo não tiver fibra, você pode cancelar sem multa

Leve o Hub e a fonte; o técnico só instala uma ONT nova.""",
                accepted=True,
            ),
            "Confira a cobertura do endereço novo antes, tem a consulta no site.",
            "Fiz em março, no dia da instalação levou 20 minutos.",
        ],
    ),
    Thread(
        title="Preciso estar em casa na instalação em prédio?",
        tags="instalacao",
        body="""Meu prédio já tem fibra no quadro do térreo. Alguém precisa estar no
apartamento na hora da instalação, ou o técnico resolve tudo lá embaixo?""",
        answers=[
            """Precisa de alguém maior de 18 anos no apartamento: o técnico instala a ONT
dentro de casa e testa a conexão com o Hub.""",
            """Fale com o síndico ou a portaria antes: em muitos prédios o técnico só entra
no quadro com autorização prévia.""",
        ],
    ),
    # --- fibra ---------------------------------------------------------------------------
    Thread(
        title="Luz LOS vermelha acesa na ONT",
        tags="fibra rede",
        body="""Sem internet desde cedo. A ONT está com a luz **LOS** vermelha e a PON
apagada. Já reiniciei tudo duas vezes.""",
        answers=[
            Reply(
                """LOS (*loss of signal*) significa que não está chegando luz na ONT: a fibra
rompeu ou soltou, ou há uma falha na rua. Reiniciar não resolve.

1. Confira se o cabinho verde/amarelo que entra na ONT não está dobrado nem solto.
   **Não olhe diretamente para o conector.**
2. Veja em *Status do serviço*, no app, se há falha na região.
3. Se não for nada disso, abra um reparo pelo app: normalmente o técnico vem em até 24 h.""",
                accepted=True,
            ),
            "O meu foi obra na rua. Cortaram o cabo.",
            "Uma vez meu gato mastigou o cabo da fibra. Confiram os pets!",
        ],
    ),
    Thread(
        title="A velocidade de upload muda entre a Fibra 500 e a 1 Giga?",
        tags="fibra velocidade planos",
        body="""Envio muito arquivo de vídeo para o trabalho. O site só mostra a velocidade
de download. Qual é o upload de cada plano?""",
        answers=[
            Reply(
                """Todos os planos da Zefira Fibra são simétricos:

| Plano | Download | Upload |
|---|---|---|
| Fibra 300 | 300 Mbps | 300 Mbps |
| Fibra 500 | 500 Mbps | 500 Mbps |
| Fibra 1 Giga | 1 Gbps | 1 Gbps |

Então, para upload, a de 1 Giga faz diferença sim.""",
                accepted=True,
            ),
            "Pra chegar perto de 1 Gbps tem que ser no cabo; no Wi-Fi é difícil.",
        ],
    ),
    Thread(
        title="Meu prédio tem fibra, mas o site diz que não há cobertura no meu endereço",
        tags="fibra instalacao",
        body="""Os vizinhos do mesmo andar têm Zefira Fibra, mas a consulta de cobertura diz
que o meu endereço não é atendido. Já tentei com e sem o número do apartamento, e pelo CEP
também.""",
    ),
    # --- eSIM ----------------------------------------------------------------------------
    Thread(
        title="Como passo o eSIM para um iPhone novo?",
        tags="esim",
        body="""Vou pegar um iPhone novo no sábado. Minha linha é eSIM. Preciso de um QR
code novo ou consigo transferir sozinho?""",
        answers=[
            Reply(
                """Dá para transferir sozinho com a **Transferência Rápida de eSIM**:

1. Deixe os dois iPhones perto, desbloqueados, com Bluetooth ligado.
2. No iPhone novo: *Ajustes → Celular → Configurar Celular*.
3. Escolha seu número na lista e confirme no aparelho antigo.

O antigo perde o sinal assim que o novo ativa. Se o número não aparecer, peça um QR code
novo no app (*Linha → eSIM → Trocar eSIM*).""",
                accepted=True,
            ),
            "Funcionou pela transferência rápida em 3 minutos. Nem precisei falar com ninguém.",
        ],
    ),
    Thread(
        title="QR code do eSIM diz 'este código não é mais válido'",
        tags="esim app",
        body="""Escaneei o QR code do eSIM, deu erro no meio do processo e agora toda vez que
escaneio aparece *"Este código não é mais válido"*. Continuo sem sinal.""",
        answers=[
            Reply(
                """Cada QR code só pode ser baixado uma vez, mesmo que a primeira tentativa
tenha falhado no meio. Já geramos um eSIM novo para a sua linha: ele está no app em
*Linha → eSIM → Instalar eSIM*, que instala direto, sem QR code.

Fique conectado ao Wi-Fi durante a instalação.""",
                by="agent",
                accepted=True,
            ),
            """Antes de instalar de novo, apague o eSIM que ficou pela metade no celular,
senão pode falhar outra vez.""",
        ],
    ),
    Thread(
        title="Dá para ter chip físico e eSIM com o mesmo número?",
        tags="esim planos",
        body="""Queria meu número no celular (eSIM) e também num aparelho antigo, com chip
físico, que fica no carro. Os dois ativos ao mesmo tempo, é possível?""",
        answers=[
            """Com o mesmo número, não: um número = um chip ativo. Para um segundo aparelho
existe o adicional **Multichip** (R$ 19,90/mês), que dá um segundo chip com o mesmo número
para internet e para receber ligações, mas o SMS só chega no principal.""",
        ],
    ),
    Thread(
        title="O eSIM do Galaxy Watch funciona no pré-pago?",
        tags="esim planos",
        body="""Sou pré-pago (Zefira Pré). Queria o Galaxy Watch com 4G para correr sem levar
o celular. O eSIM do relógio funciona no meu plano?""",
        comments=["Acompanhando. Quero saber o mesmo para o Apple Watch."],
    ),
    # --- rede: sinal e falhas ------------------------------------------------------------
    Thread(
        title="Sem sinal dentro de casa desde a semana passada no bairro Santa Efigênia",
        tags="rede",
        body="""Há uma semana fiquei sem sinal dentro de casa, no Santa Efigênia. Na rua
pega normal (2 ou 3 tracinhos). Antes disso, o sinal dentro de casa sempre foi bom.
O celular da minha esposa está igual.""",
        answers=[
            Reply(
                """Obrigada por avisar. Há uma manutenção programada na antena que atende o
Santa Efigênia até o fim do mês, e a região está sendo coberta por uma antena mais
distante, que chega pior dentro dos imóveis.

Até lá, ative a **chamada por Wi-Fi** (*Configurações → Celular → Chamadas por Wi-Fi*)
para que ligações e SMS passem pela internet de casa.""",
                by="agent",
                accepted=True,
            ),
            "Mesma coisa aqui no bairro vizinho. A chamada por Wi-Fi está quebrando o galho.",
            Reply(
                "Tem data para terminar a manutenção?",
                comments=[
                    Reply("A previsão é dia 28; vamos atualizar este tópico.", by="agent"),
                ],
            ),
        ],
    ),
    Thread(
        title="Ligação cai sempre no mesmo trecho da rodovia",
        tags="rede",
        body="""Minhas ligações caem quase sempre no mesmo trecho da Fernão Dias, entre
Atibaia e Bragança. O celular troca de 5G para 4G logo antes. É falha de cobertura
conhecida?""",
        answers=[
            """Tente desligar o 5G (*Celular → Voz e dados → 4G*). A troca de 5G para 4G no
meio da ligação é menos estável em alguns aparelhos.""",
            """No mapa de cobertura aparece um buraco nesse trecho, então provavelmente é
cobertura mesmo.""",
        ],
        comments=["Qual é o seu aparelho? No meu Moto isso parou depois da última atualização."],
    ),
    Thread(
        title="Existe um mapa das falhas na rede?",
        tags="rede app",
        body="""Quando a internet cai, nunca sei se é o meu equipamento ou a rede. Tem alguma
página pública de status?""",
        answers=[
            Reply(
                """Tem: https://status.zefira.example mostra falhas e manutenções por região.
No app fica em *Ajuda → Status do serviço*, e ele já verifica o seu endereço.

Na mesma página dá para se inscrever para receber avisos da sua região.""",
                accepted=True,
            ),
            "A versão do app é melhor: ela também faz um teste na sua linha.",
        ],
    ),
    Thread(
        title="Como ativo a chamada por Wi-Fi no escritório sem sinal?",
        tags="rede planos",
        body="""Meu escritório fica num subsolo sem nenhum sinal, mas tem Wi-Fi. A chamada
por Wi-Fi está incluída no meu plano? Como ativo?""",
        answers=[
            Reply(
                """Está incluída em todos os planos pós-pagos e Controle, sem custo. É só
ativar no aparelho:

- iPhone: *Ajustes → Celular → Ligações por Wi-Fi*
- Android: *Configurações → Conexões → Chamadas por Wi-Fi* (muda conforme a marca)

Antes precisa cadastrar um endereço de emergência no app (*Linha → Chamadas por Wi-Fi*).""",
                accepted=True,
            ),
            "Desde o ano passado funciona no pré-pago também.",
            "Aqui no subsolo funciona muito bem, aparece 'Zefira Wi-Fi' na barra.",
        ],
    ),
    # --- TV ------------------------------------------------------------------------------
    Thread(
        title="Zefira Play diz 'Sem rede', mas o Wi-Fi funciona nos outros aparelhos",
        tags="tv wifi",
        body="""O Zefira Play mostra *"Sem conexão de rede (E-104)"*. Celulares e notebook no
mesmo Wi-Fi funcionam normal. Já reiniciei o aparelho e o roteador.""",
        answers=[
            Reply(
                """O E-104 costuma significar que o aparelho não recebeu IP. Na maioria das
vezes é porque ele tenta reconectar no nome de rede antigo depois de uma troca de roteador.

*Configurações → Rede → Esquecer rede* e escolha sua rede de novo. Se der, use a porta de
rede atrás do aparelho: para TV o cabo é muito mais estável.""",
                accepted=True,
            ),
            "O meu deu isso quando o roteador ficou só em WPA3. Coloquei no modo WPA2/WPA3.",
        ],
    ),
    Thread(
        title="O Pacote Esportes inclui todos os jogos do Brasileirão?",
        tags="tv planos",
        body="""Estou pensando em assinar o Pacote Esportes só pelo Brasileirão. Vêm todos os
jogos, ou alguns só no pay-per-view?""",
        answers=[
            """O pacote tem os canais esportivos, mas o Brasileirão completo é no
pay-per-view, que é contratado à parte. No pacote passam alguns jogos por rodada.""",
            "E o Pacote Esportes tem permanência mínima de 3 meses, não é mensal.",
            "Vale a pena pela Libertadores, que vem inteira no pacote.",
        ],
    ),
    Thread(
        title="Legenda fica ligada nas gravações",
        tags="tv",
        body="""Toda gravação agora abre com legenda. Eu desligo, e na gravação seguinte ela
volta. Na TV ao vivo está normal.""",
        answers=[
            Reply(
                """As gravações têm uma configuração de legenda própria: *Configurações →
Acessibilidade → Legendas nas gravações → Desligado*. A configuração da TV ao vivo não vale
para elas.""",
                accepted=True,
                comments=[Reply("Era isso! Nem sabia que existia essa opção.", by="asker")],
            ),
        ],
    ),
    Thread(
        title="Dá pra assistir a Zefira TV em duas TVs ao mesmo tempo?",
        tags="tv planos",
        body="""Temos o Zefira Play na sala. Meus filhos conseguem assistir outra coisa no
quarto, pelo app Zefira TV na smart TV, ao mesmo tempo?""",
        comments=["Qual é o seu plano de TV? Acho que depende do plano."],
    ),
    # --- portabilidade -------------------------------------------------------------------
    Thread(
        title="Portabilidade para a Zefira: quanto tempo demora?",
        tags="portabilidade",
        body="""Quero trazer meu número da operadora atual. Quanto tempo fico sem linha? Preciso
cancelar o plano antigo antes?""",
        answers=[
            Reply(
                """**Não cancele o plano antigo**: a portabilidade cancela automaticamente.

1. Peça o chip da Zefira escolhendo *Manter meu número*, com o CPF do titular da linha.
2. Pela regra da Anatel, a portabilidade acontece em até **3 dias úteis**. Até lá o chip
   antigo continua funcionando.
3. Você recebe um SMS com a data e a hora da janela de troca.

Você fica sem sinal só alguns minutos, na hora da troca.""",
                accepted=True,
            ),
            "A minha foi em 1 dia. Troquei o chip quando o antigo perdeu o sinal.",
        ],
    ),
    Thread(
        title="Portabilidade recusada: 'dados do titular não conferem'",
        tags="portabilidade conta",
        body="""Meu pedido de portabilidade foi recusado com o motivo *dados do titular não
conferem*. A linha é minha há 10 anos. O que pode estar errado?""",
        answers=[
            Reply(
                """Na maioria das vezes a linha está em outro CPF na operadora antiga (por
exemplo, foi comprada no nome de um familiar ou de uma empresa). A portabilidade exige que
o CPF seja o do titular atual.

Confira com a operadora antiga em nome de quem está a linha e atualize os dados em
*Pedidos → Portabilidade → Editar dados*. Reenviamos o pedido automaticamente.""",
                by="agent",
                accepted=True,
                comments=[Reply("Estava no CNPJ da minha antiga empresa. Resolvido!",
                                by="asker")],
            ),
            "Se a linha for pré-paga, confira se o cadastro dela está atualizado com o seu CPF.",
            "Aconteceu comigo com nome abreviado diferente. Corrigiram pelo chat.",
        ],
    ),
    Thread(
        title="Operadora antiga cortou o sinal, mas o chip da Zefira não ativou",
        tags="portabilidade esim",
        body="""O chip antigo parou de funcionar hoje de manhã (portabilidade em andamento),
mas o eSIM da Zefira continua *Sem serviço*. Já são 6 horas.""",
        answers=[
            Reply(
                """Reinicie o celular: depois da portabilidade o eSIM muitas vezes precisa de
um reinício para se registrar na rede.""",
                comments=[Reply("Era isso. Voltou logo depois de reiniciar.", by="asker")],
            ),
            """Se não resolver, veja se o eSIM está ligado e escolhido como linha de dados em
*Configurações → Celular*.""",
        ],
    ),
    # --- conta ---------------------------------------------------------------------------
    Thread(
        title="Como incluo minha esposa como usuária autorizada na conta?",
        tags="conta",
        body="""Queria que minha esposa pudesse falar com o suporte e mexer no plano de
internet sem eu precisar estar junto na ligação. Tem como?""",
        answers=[
            Reply(
                """*Perfil → Acesso à conta → Adicionar pessoa*. São dois níveis:

- **Usuário autorizado**: fala com o suporte, vê faturas, abre reparos
- **Administrador**: também troca plano e forma de pagamento

Ela recebe um convite por e-mail e cria o próprio login.""",
                accepted=True,
            ),
        ],
    ),
    Thread(
        title="Como altero o e-mail cadastrado na conta?",
        tags="conta app",
        by="customer",
        body="""Vou trocar de provedor de e-mail e quero que as faturas e avisos cheguem no
endereço novo. Onde eu mudo? Não achei no app.""",
        answers=[
            Reply(
                """No app fica em *Perfil → Dados pessoais → E-mail* (toque no lápis). Chega
um link de confirmação no e-mail **novo**; a troca só vale depois que você clicar nele.""",
                accepted=True,
            ),
            "Se o lápis não aparece, você é usuário autorizado e não titular da conta.",
        ],
    ),
    Thread(
        title="Cancelamento: preciso devolver o roteador?",
        tags="conta roteador fatura",
        body="""Vou morar fora e vou cancelar a conta. O Hub 4 é em comodato, eu acho. Preciso
devolver? Como?""",
        answers=[
            Reply(
                """Sim, equipamento em comodato precisa ser devolvido em até **30 dias**
depois do cancelamento; senão é cobrado (R$ 450 pelo Hub 4).

Ao cancelar você recebe por e-mail uma autorização de postagem dos Correios, sem custo.
Embale o Hub, a fonte e os pontos mesh, se tiver. A ONT também é da Zefira: o técnico pode
retirar, ou você envia junto.""",
                accepted=True,
            ),
            "Guarde o comprovante dos Correios até a última fatura vir zerada.",
            "Aqui em SP dá pra entregar numa loja Zefira também, foi mais rápido.",
        ],
    ),
    Thread(
        title="Recebi SMS pedindo para 'confirmar meus dados': é golpe?",
        tags="conta",
        body="""Recebi este SMS:

> ZEFIRA: sua linha sera bloqueada hoje. Regularize seu cadastro: zefira-regulariza.example

É da Zefira mesmo?""",
        answers=[
            Reply(
                """É **golpe**. A Zefira nunca manda link para outros domínios e nunca pede
senha, código ou dados do cartão por SMS. As mensagens verdadeiras só têm links para
`zefira.example`.

Não clique. Se já clicou e digitou a senha, troque agora e ative a verificação em duas
etapas.""",
                accepted=True,
            ),
            "Recebi o mesmo ontem. Dá pra denunciar encaminhando o SMS pro 7726.",
            "Minha mãe quase caiu nesse. Vou mostrar este tópico pra ela.",
        ],
        comments=[
            Reply(
                """Obrigada por perguntar antes de clicar. Deixei o link sem clique de
propósito. Por favor, ninguém abra.""",
                by="moderator",
            ),
        ],
    ),
    # --- velocidade ----------------------------------------------------------------------
    Thread(
        title="Só 90 Mbps no Wi-Fi com plano de 500 Mbps",
        tags="velocidade wifi",
        body="""Teste de velocidade no notebook pelo Wi-Fi: **90 Mbps**. No cabo:
**480 Mbps**. O notebook fica a dois cômodos do Hub 4. Isso é normal?""",
        answers=[
            Reply(
                """A linha está boa (480 no cabo), então o problema é o Wi-Fi. Confira:

1. O notebook está no **5 GHz**? No 2,4 GHz, 90 Mbps é praticamente o máximo.
2. Qual é o padrão de Wi-Fi do notebook? Uma placa Wi-Fi 4 antiga não vai muito além.
3. Paredes, principalmente de concreto: um ponto mesh entre os cômodos ajuda muito.

No Windows dá pra ver a frequência e a velocidade do link com:

```powershell
netsh wlan show interfaces
```""",
                accepted=True,
                comments=[
                    Reply("Estava no 2,4 GHz. Agora 380 Mbps. Valeu demais!", by="asker"),
                ],
            ),
            "Desligue também a VPN durante o teste; a minha limitava em 100.",
        ],
    ),
    Thread(
        title="O teste de velocidade do app dá diferente dos sites de teste",
        tags="velocidade app",
        body="""O teste do app dá 470 Mbps, mas alguns sites dão 200–250 Mbps. Qual está
certo?""",
        answers=[
            """O app testa do Hub até o servidor da própria Zefira, então mede só a sua
linha. Os sites testam do seu aparelho até um servidor em outro lugar, então o Wi-Fi e a
rota também contam. Os dois estão "certos", só medem coisas diferentes.""",
            """Faça o teste do site no cabo e com um servidor da sua cidade; vai dar perto do
número do app.""",
        ],
        comments=["Vale lembrar que o teste oficial da Anatel é o Brasil Banda Larga."],
    ),
    Thread(
        title="Ping alto nos jogos online toda noite",
        tags="velocidade roteador",
        body="""Das 19h à meia-noite meu ping nos jogos sobe de 15 ms para 80–120 ms, com
picos. Durante o dia fica perfeito. Conexão no cabo, Fibra 500.""",
        answers=[
            """Tem mais alguém na casa fazendo upload (backup de fotos na nuvem, chamada de
vídeo)? Ative o **QoS / Prioridade para jogos** no Hub (*Avançado → QoS*) e coloque o seu
PC em primeiro.""",
            """Rode um `mtr` ou `pathping` à noite para ver onde a latência começa: dentro
da sua casa, na Zefira ou na rede do jogo.""",
            "Aqui também, de duas semanas pra cá, Fibra 1 Giga na zona norte.",
        ],
    ),
    Thread(
        title="300 Mega dá conta de uma família de cinco em home office e aula online?",
        tags="velocidade planos",
        body="""Dois adultos em home office com videochamada e três adolescentes (jogo,
streaming, escola). A Fibra 300 aguenta ou precisamos da 500?""",
        answers=[
            Reply(
                """Uma videochamada usa uns 3–4 Mbps e um streaming em 4K uns 25 Mbps. Mesmo
com todo mundo conectado ao mesmo tempo, vocês ficam bem abaixo de 300 Mbps. Na prática,
para uma casa como a sua, a **cobertura do Wi-Fi** importa muito mais que o plano: gaste
a diferença num ponto mesh.""",
                accepted=True,
            ),
            Reply(
                "Somos 6 aqui com a 300 e nunca tivemos problema.",
                comments=["Aqui também, cinco pessoas e dois gamers."],
            ),
            "Só vale a maior se alguém sobe arquivo grande com frequência (o upload é 300 também).",
        ],
    ),
]
