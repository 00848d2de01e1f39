"""The demo community in English: customers of Zefira, a fictional broadband and mobile brand."""

from .content import Reply, Thread

FAKER_LOCALE = "en_US"
AGENT_NAME = "{first_name} from Zefira"

THREADS = [
    # --- billing -------------------------------------------------------------------------
    Thread(
        title="Why is my first invoice higher than the plan price?",
        tags="billing fiber",
        body="""I signed up for **Fiber 500** at $49.99/month, but my first invoice is $71.40.
Nobody mentioned an extra charge when I ordered.

The invoice lists:

- Fiber 500 – 1 Mar to 31 Mar: $49.99
- Fiber 500 – 19 Feb to 28 Feb: $17.85
- Taxes and fees: $3.56

Is the second line a mistake?""",
        answers=[
            Reply(
                """Not a mistake: the first invoice always covers two periods. You were
installed on 19 Feb, so you pay those 10 days **pro rata** (49.99 ÷ 28 × 10 = 17.85) plus the
first full month in advance. From the second invoice on it is just the plan price plus taxes.""",
                accepted=True,
                comments=[Reply("That adds up exactly. Thanks!", by="asker")],
            ),
            "Same happened to me. The second invoice was back to normal.",
        ],
    ),
    Thread(
        title="Charged twice for March after updating my payment card",
        tags="billing payments",
        body="""My old card expired, so I added a new one in the app on 2 March. Now my bank
statement shows **two charges of $64.90** for the March invoice, one on each card.

The app still says the invoice is "Paid" once. How do I get the second charge back?""",
        answers=[
            Reply(
                """Sorry about that! When a card is replaced on the same day an automatic
payment is retried, both can go through. We found the duplicate on your account and issued
the refund today.

Refunds reach the card in **3 to 7 business days**, depending on your bank. If it is not
there by then, reply here and we will send you the refund reference.""",
                by="agent",
                accepted=True,
            ),
            """Before the agent replied I called my bank: the second one showed as "pending"
for a few days and then disappeared by itself, so check that too.""",
        ],
        comments=["Did the charge on the old card go through? Expired cards usually fail."],
    ),
    Thread(
        title="What is the 'Network access fee' line on my bill?",
        tags="billing",
        body="""There is a line called **Network access fee – $2.50** on every mobile invoice.
It wasn't in the plan description. What is it for, and can I remove it?""",
        answers=[
            Reply(
                """It's a regulatory cost recovery fee that every mobile line pays, not an add-on.
It is mentioned in the small print of the price list ("fees and taxes not included"), so
you can't opt out of it. Annoying, but all carriers here charge something like it.""",
                accepted=True,
            ),
            "It used to be $1.99. It went up in January for everyone.",
            "Annoying that it's not shown on the plan page though.",
        ],
    ),
    Thread(
        title="Can I get my invoices as PDF for my company's expense reports?",
        tags="billing account mobile-app",
        body="""My employer reimburses my phone plan but needs a PDF invoice each month with
my name on it. Where do I download the invoices? The app only shows the amount.""",
        answers=[
            Reply(
                """In the **My Zefira** app: *Billing → Invoices*, tap a month, then the share
icon in the top right → *Download PDF*.

On the website it is under https://my.zefira.example/billing → *Past invoices*. You can
also turn on *Email me my invoice as a PDF* in the same page so you don't have to remember.""",
                accepted=True,
                comments=["The email option is the best, my finance team gets it forwarded."],
            ),
        ],
    ),
    Thread(
        title="Late fee charged even though I paid on the due date",
        tags="billing payments",
        by="customer",
        body="""My invoice was due on the 10th and I paid it that morning by bank transfer.
This month's invoice has a **$5.00 late payment fee**.

Do bank transfers take longer to count? I would like the fee removed.""",
        answers=[
            """Bank transfers can take one business day to reach Zefira, so a payment made
on the due date is often recorded on the 11th. That is when the fee is added.

Support removes it once if you ask: open a chat from *Help → Contact us* and give them the
transfer date.""",
            """To avoid it in future, pay with the card or set up autopay: card payments are
registered immediately.""",
        ],
    ),
    # --- payments ------------------------------------------------------------------------
    Thread(
        title="Autopay failed with 'card declined' but the card works everywhere else",
        tags="payments",
        body="""For two months now autopay fails and I get an email saying *card declined*.
I can pay the same invoice manually with the same card in the app without any problem.

What is different about autopay?""",
        answers=[
            Reply(
                """Autopay is a *recurring* (card-not-present) payment, and some banks block
those by default, or after the card is reissued. The manual payment works because you
approve it in your bank's app.

Ask your bank to allow recurring payments to **ZEFIRA TELECOM**, then remove and re-add the
card under *Billing → Payment methods* so it's registered again.""",
                accepted=True,
                comments=[
                    Reply("My bank had flagged it as a subscription. Fixed now, thanks.",
                          by="asker"),
                ],
            ),
            "Also check the card's billing ZIP code matches exactly, that caught me once.",
        ],
    ),
    Thread(
        title="How do I switch autopay from my card to direct debit?",
        tags="payments account",
        body="""I would prefer to pay directly from my bank account instead of the credit
card. Is direct debit possible, and does the switch take effect on the next invoice?""",
        answers=[
            Reply(
                """Yes. *Billing → Payment methods → Add bank account*. You need the routing
and account number. Then set it as **default for autopay**.

If you switch more than 5 days before the due date, the next invoice already uses it.
Otherwise it starts with the following one.""",
                accepted=True,
            ),
            "There's also a $2 monthly discount for direct debit on some plans, check yours.",
        ],
    ),
    Thread(
        title="Is there a way to pay a single invoice without signing in?",
        tags="payments billing",
        body="""I pay my mother's internet bill but I don't have her password. Is there a
guest payment page where I just type the invoice number?""",
        answers=[
            Reply(
                """Yes: https://pay.zefira.example — you need the **account number** and the
**amount due**, both printed at the top of the invoice. No sign-in needed.""",
                comments=["Just used it for my dad's account. Took a minute."],
            ),
            """She can also add you as an authorized user, then you see her invoices in your
own app.""",
        ],
    ),
    # --- wifi ----------------------------------------------------------------------------
    Thread(
        title="Wi-Fi drops every evening around 8 pm, cable connection is fine",
        tags="wifi router",
        body="""Every evening between 8 and 11 pm the Wi-Fi disconnects for a few seconds,
several times an hour. The PC connected by cable never loses the connection.

- Router: Zefira Hub 4, firmware 4.2.1
- Apartment building, lots of networks around
- Happens on phones, laptop and TV

The router log shows this each time:

```text
20:14:52 wlan1: radar detected on channel 52, switching to channel 36
20:14:53 wlan1: CAC started
```

Anything I can do?""",
        answers=[
            Reply(
                """That log is the answer: channel 52 is a **DFS channel**, shared with weather
radar. When the router detects radar it must leave the channel, and the 5 GHz network is
down for a moment.

In the Hub's admin page (http://192.168.1.1) go to *Wi-Fi → 5 GHz → Channel* and choose a
non-DFS channel manually: **36, 40, 44 or 48**. The drops should stop.""",
                accepted=True,
                comments=[
                    Reply("Channel 44 and not a single drop in three evenings. Thank you!",
                          by="asker"),
                ],
            ),
            """In the evening everyone in the building is streaming, so interference is
higher too. Even after fixing the channel, set 2.4 GHz to channel 1, 6 or 11.""",
            "Does this setting survive a firmware update? Mine was reset after 4.2.0.",
            """Same symptoms here, near the airport. Channel 36 fixed it. You can see the
radar events under *System → Logs → Wireless* if you want to confirm before changing.""",
        ],
    ),
    Thread(
        title="5 GHz network disappears after the router restarts",
        tags="wifi router",
        body="""After any restart, my Hub 3 only shows the 2.4 GHz network. The 5 GHz one comes
back only if I go into the settings and save them again, without changing anything.

Is the router faulty?""",
        answers=[
            """Known bug in Hub 3 firmware 3.8. Update to 3.9 or later (*System → Firmware →
Check now*). If the update doesn't show, support can push it remotely.""",
            Reply(
                """Hub 3 is also eligible for a free swap to the Hub 4 if you've had it for more
than 3 years. Worth asking.""",
                comments=["Asked today, the new one arrives Friday. Didn't know about this."],
            ),
        ],
    ),
    Thread(
        title="Smart plugs won't connect: do I need a separate 2.4 GHz network?",
        tags="wifi router",
        body="""I bought four smart plugs. The setup app says *"Connect your phone to a
2.4 GHz network"*, but the Hub 4 shows a single network name for both bands.

Do I need to split the network? I'd rather not lose band steering for everything else.""",
        answers=[
            Reply(
                """You don't have to split it for good. Two options:

1. In *Wi-Fi → Advanced*, turn on **IoT network**: it creates an extra 2.4 GHz-only network
   (e.g. `MyHome-IoT`) while your main one keeps band steering.
2. Or temporarily turn off 5 GHz, set up the plugs, and turn it back on. The plugs only use
   2.4 GHz anyway, so they keep working.

Option 1 is nicer: you can also isolate the IoT devices from your computers.""",
                accepted=True,
            ),
            "Option 2 worked for me with the same plugs. Took 5 minutes.",
            "+1 for the IoT network. My robot vacuum was also much more stable there.",
        ],
    ),
    Thread(
        title="Best place for the mesh extender in a three-storey house?",
        tags="wifi installation",
        body="""Our Hub 4 is in the basement (that's where the fiber comes in). The second
floor gets almost no signal. I have one **Zefira Mesh Point**.

Should it go on the ground floor or on the second floor?""",
        answers=[
            Reply(
                """Ground floor, roughly above the Hub. A mesh point needs a *strong* signal
from the Hub to pass on; on the second floor it would only repeat a weak one.

Use the app's *Mesh → Placement check*: it should say **Good** or **Excellent**. If the
second floor is still weak, add a second Mesh Point there.""",
                accepted=True,
            ),
            """If you have an Ethernet cable between floors, connect the Mesh Point by cable
("wired backhaul"). It makes a huge difference.""",
            "Avoid putting it behind the TV or in a cabinet, metal and mirrors kill the signal.",
            "Basement routers are the worst. Can the technician move the fiber box upstairs?",
            """We have the same layout. Two Mesh Points (ground floor + second floor) and now
we get 200+ Mbps in the attic office.""",
        ],
    ),
    Thread(
        title="Guest Wi-Fi: how do I stop visitors from seeing my NAS?",
        tags="wifi router",
        body="""I turned on the guest network for my Airbnb guests. From a guest phone I can
still see my NAS and the printer on the network. Isn't the guest network supposed to be
separate?""",
        answers=[
            Reply(
                """Check *Wi-Fi → Guest network → **Allow access to local network***. It's on by
default on older firmware. Turn it off and guests only get the internet.

You can also set a **bandwidth limit** for guests on the same page.""",
                accepted=True,
            ),
        ],
        comments=[
            Reply(
                """Please don't post the name of your network or your address here, it's
a public page. I removed it from the question.""",
                by="moderator",
            ),
        ],
    ),
    # --- router --------------------------------------------------------------------------
    Thread(
        title="How do I forward a port for a game server on the Hub 4?",
        tags="router",
        body="""I'm hosting a small Minecraft server for friends on my PC (192.168.1.50).
I added a rule in *Advanced → Port forwarding*:

| Service | External port | Internal IP | Internal port | Protocol |
|---|---|---|---|---|
| minecraft | 25565 | 192.168.1.50 | 25565 | TCP |

Friends still can't connect. Port checkers say the port is closed.""",
        answers=[
            Reply(
                """Three things to check, in this order:

1. **Windows firewall** on the PC: allow Java on *public and private* networks.
2. Give the PC a **fixed IP** (*Network → DHCP reservations*); otherwise the rule points at
   an address your PC no longer has.
3. Check the WAN IP in the Hub's status page. If it starts with `100.64.` you're behind
   **CGNAT** and port forwarding can't work: ask support for a public IPv4 (free on Fiber
   plans).

You can test from outside with:

```bash
nc -vz your.public.ip 25565
```""",
                accepted=True,
                comments=[
                    Reply("It was CGNAT. Support switched me to a public IP in 10 minutes.",
                          by="asker"),
                ],
            ),
            "Also make sure the server listens on 0.0.0.0, not only localhost.",
        ],
    ),
    Thread(
        title="Can I use my own router instead of the Zefira Hub?",
        tags="router fiber",
        body="""I already have a good router (Wi-Fi 6E) and would rather use it. Does Zefira
Fiber allow third-party routers, and what settings do I need?""",
        answers=[
            Reply(
                """Yes, the fiber box (ONT) is separate, so you can plug your own router into
it. Settings for Zefira Fiber:

```text
WAN type:     PPPoE
Username:     <account number>@zefira.example
Password:     in My Zefira → Internet → Connection details
VLAN ID:      10 (802.1Q tagged)
MTU:          1492
IPv6:         DHCPv6 with prefix delegation (/56)
```

Support can't help with settings on third-party equipment, but the connection itself is
supported.""",
                accepted=True,
                comments=["VLAN 10 was the missing piece for me. Without it PPPoE times out."],
            ),
            """Keep the Hub somewhere: if you call support with a problem, they'll ask you to
test with it.""",
            "If you use Zefira's phone line, that only works through the Hub's phone port.",
        ],
    ),
    Thread(
        title="What does a blinking orange WAN light on the Hub mean?",
        tags="router network",
        body="""The WAN light on the Hub 4 is blinking orange and there's no internet. The
other lights are white. What does it mean and what should I try?""",
        answers=[
            Reply(
                """Blinking orange WAN = the Hub can't authenticate with the network.
Usually one of:

- The fiber box is off, or its cable came loose → check the Ethernet cable between them
- An outage in your area → check the status page or the app (*Help → Service status*)
- After a plan change, the credentials changed → restart the Hub so it fetches new ones

If the fiber box itself shows a red light, it's a line problem and a technician is needed.""",
                accepted=True,
            ),
            "Mine did this during an outage last week. Came back on its own after 2 hours.",
        ],
    ),
    Thread(
        title="DNS settings are greyed out on the Hub 4",
        tags="router",
        body="""I want to use a different DNS provider for the whole house, but in
*Network → LAN → DNS* the fields are greyed out. Is it blocked by Zefira?""",
        answers=[
            Reply(
                """Not blocked: turn off **Use Zefira DNS** a bit higher up on the same page and
the fields become editable. Then enter your two DNS servers and save.""",
                comments=[Reply("Found it, right above. Thanks!", by="asker")],
            ),
            """Alternatively set the DNS on each device. On the Hub it's simpler though, as
every device picks it up via DHCP.""",
        ],
    ),
    Thread(
        title="Hub firmware update stuck at 60% for an hour",
        tags="router",
        body="""I started the firmware update from the admin page an hour ago. The progress
bar is still at 60% and the lights are blinking white. Can I turn it off?""",
        answers=[
            Reply(
                """Give it a few more minutes, then it's safe to restart: the Hub keeps the old
firmware until the new one is fully written, so a power cycle won't brick it. After the
restart it runs the old version and you can try again.""",
                accepted=True,
            ),
            "Mine got stuck too. It finished on the second try, probably the download was slow.",
            "Pro tip: update via cable, not over Wi-Fi.",
        ],
    ),
    # --- mobile app ----------------------------------------------------------------------
    Thread(
        title="My Zefira app keeps signing me out on Android 15",
        tags="mobile-app account",
        body="""Since the last update (v7.3.0) I have to sign in every time I open the app.
Android 15, Pixel 8. Clearing the cache didn't help.""",
        answers=[
            """Check if the battery saver is set to **Restricted** for the app (*Settings →
Apps → My Zefira → Battery*). With Restricted, Android deletes the session token in the
background.""",
            Reply(
                """Thanks for reporting this. Version 7.3.0 had a bug with session storage on
Android 15; **7.3.1**, out today, fixes it. Please update from the Play Store and sign in
one last time.""",
                by="agent",
                accepted=True,
            ),
        ],
    ),
    Thread(
        title="How often does the app refresh my data usage?",
        tags="mobile-app plans",
        body="""The app says I have 3.2 GB left, but I've been using mobile data all morning
and it hasn't changed. How up to date is that number?""",
        answers=[
            Reply(
                """Usage is updated every **few hours**, not in real time, because it comes
from the network's billing records. The time of the last update is shown in small print
under the usage bar.

You always get an SMS at 80% and at 100%, those are immediate.""",
                accepted=True,
            ),
            "Roaming usage can take even longer, up to 24 hours.",
        ],
    ),
    Thread(
        title="Two-factor code never arrives when I sign in",
        tags="mobile-app account",
        body="""When I sign in to the app I'm asked for a 6-digit code by SMS, but the SMS
never arrives. I've tried *Resend* 5 times and now it says "Too many attempts".

I can receive SMS from other companies normally.""",
        answers=[
            Reply(
                """After too many attempts sending is blocked for **30 minutes**, so wait
before trying again. Meanwhile:

1. Check the phone number in your profile is the current one (SMS goes there, not
   necessarily to the line you're signing in for).
2. Check you haven't blocked short code **28810**.
3. Prefer the authenticator app: *Profile → Security → Authenticator app*.

If it still fails, open a chat and we'll verify your identity another way.""",
                by="agent",
                accepted=True,
            ),
            "I had blocked the short code by accident years ago. Unblocking fixed it.",
        ],
    ),
    Thread(
        title="Feature request: dark mode in the My Zefira app",
        tags="mobile-app",
        body="""The app is blindingly white at night. Is dark mode planned? It's 2026, most
apps follow the system theme.""",
        answers=[
            """+1. And please a bigger font for the usage numbers, they're tiny.""",
        ],
        comments=[
            Reply(
                """Good news: dark mode is in the beta version (join via *Profile → Try new
features*) and ships to everyone next month. We'll pass on the font size too.""",
                by="agent",
            ),
        ],
    ),
    # --- plans ---------------------------------------------------------------------------
    Thread(
        title="Does unused data roll over to next month on the Flex plan?",
        tags="plans",
        body="""I'm on **Flex 20 GB** and only used 11 GB this month. Do the remaining 9 GB
carry over, or do I lose them?""",
        answers=[
            Reply(
                """On Flex plans unused data rolls over **for one month**: your 9 GB are added
to next month's 20 GB and used first. Anything not used by the end of that month expires.

Older plans (before 2024) don't have rollover, so check your plan name in the app.""",
                accepted=True,
            ),
            "Confirmed, mine shows '20 GB + 6.4 GB rollover'.",
        ],
    ),
    Thread(
        title="Downgrading from Fiber 1000 to 500 mid-contract: is there a fee?",
        tags="plans fiber billing",
        body="""I have 14 months left on a 24-month contract for **Fiber 1000**. I don't need
that much speed. Can I move to Fiber 500 without a cancellation fee?""",
        answers=[
            Reply(
                """Downgrading is allowed once per contract without a fee, as long as you stay
with a plan of the same family (Fiber). The contract end date doesn't change. Do it under
*Plan → Change plan*; it takes effect at the start of the next billing cycle.""",
                accepted=True,
            ),
            "Note that any promotional discount usually ends when you change plans.",
            "I did this last year and lost my $10 loyalty discount. Still cheaper overall.",
        ],
    ),
    Thread(
        title="Family plan: can I add my parents who live at another address?",
        tags="plans",
        body="""I'd like to add my parents' phones to my family plan, but they live in
another city. Do all lines need to be at the same address?""",
        answers=[
            """No, mobile lines on a family plan can be anywhere in the country. Only the
account holder's billing address matters.""",
            """Up to 5 lines. Each extra line is $15 and they share the data pool, so set
a limit per line in the app if your parents watch a lot of videos.""",
        ],
    ),
    Thread(
        title="What happens when I reach my data limit: slower speed or extra charges?",
        tags="plans billing",
        body="""Went over my data last month while traveling for work. I'm afraid of a big
bill. What exactly happens at 100%?""",
        answers=[
            Reply(
                """No surprise charges: at 100% the speed drops to **512 kbps** until the end
of the cycle (fine for messages, bad for video). You get an SMS offering an extra pack:

- 2 GB for $5
- 5 GB for $10

You're only charged if you reply or buy one in the app.""",
                accepted=True,
            ),
            Reply(
                "Unlimited plans are slowed after 100 GB instead, check the fair use policy.",
                comments=["And the slowdown on Unlimited is to 5 Mbps, still usable."],
            ),
        ],
    ),
    # --- roaming -------------------------------------------------------------------------
    Thread(
        title="Travel Pass activated but no mobile data in Portugal",
        tags="roaming",
        body="""I landed in Lisbon this morning. I have a **Travel Pass Europe** (activated
yesterday, I got the confirmation SMS). Calls work, but no mobile data at all.

iPhone 15, physical SIM.""",
        answers=[
            Reply(
                """Two settings usually cause this on iPhone:

1. *Settings → Mobile Service → Mobile Data Options → **Data Roaming*** must be ON.
2. The APN: *Mobile Data Network* → APN should be `internet.zefira` (sometimes it's empty
   after an iOS update).

Then toggle airplane mode once. If it picks up a network that isn't a partner, choose one
manually under *Network Selection*.""",
                accepted=True,
                comments=[
                    Reply("Data Roaming was off. Embarrassing, but thank you!", by="asker"),
                ],
            ),
            "Also: the pass starts when you first use it abroad, not when you buy it.",
        ],
    ),
    Thread(
        title="Do I pay to receive calls while roaming in the US?",
        tags="roaming billing",
        body="""Going to the US for two weeks without a Travel Pass. If someone calls me and I
answer, do I pay for that call?""",
        answers=[
            Reply(
                """Yes, outside the included zones **incoming calls are charged** too
($0.99/min in the US), and voicemail counts as an incoming call. Either buy the Travel Pass
Americas, or turn off voicemail forwarding while you're away (`##002#` on most phones).""",
                accepted=True,
            ),
            "Wi-Fi calling is free from abroad when you're on Wi-Fi, both ways.",
            "The Travel Pass Americas is $8 a day, it paid for itself for me on day 2.",
        ],
    ),
    Thread(
        title="Will my phone use roaming on a cruise ship?",
        tags="roaming network",
        body="""We're going on a Caribbean cruise next month. Do the Travel Passes work on the
ship? I've heard horror stories about huge bills.""",
        answers=[
            Reply(
                """The horror stories are real: at sea the phone connects to a **maritime
satellite network**, which is *not* included in any Travel Pass and costs a lot per MB.

Before boarding: turn off *Data Roaming*, or put the phone in airplane mode and use the
ship's Wi-Fi. In ports you'll be on land networks, where the Travel Pass works.""",
                accepted=True,
            ),
            """You can also block maritime networks completely: *My Zefira → Roaming →
Block satellite and maritime networks*.""",
        ],
    ),
    Thread(
        title="Travel Pass Americas: does it cover Canada as well as Mexico?",
        tags="roaming plans",
        by="customer",
        body="""I'm traveling to Mexico and then Canada next month. The Travel Pass page only
mentions "Americas". Is Canada included, or do I need two different passes?""",
    ),
    # --- installation --------------------------------------------------------------------
    Thread(
        title="Technician missed the installation window. What now?",
        tags="installation",
        body="""I took the day off work for my fiber installation between 8 am and 12 pm.
It's 3 pm and nobody came or called. The app still shows the appointment as "Scheduled".""",
        answers=[
            Reply(
                """We're very sorry, this should not happen. The technician's previous job
ran long and the reassignment didn't reach you.

We've booked the first slot tomorrow (8–10 am) and added a **$30 credit** to your first
invoice for the missed appointment. If tomorrow doesn't suit you, change it under
*Orders → Installation*.""",
                by="agent",
                accepted=True,
                comments=[
                    Reply("Technician came at 8:15 today. All working now.", by="asker"),
                ],
            ),
            "Happened to me too. Chat was much faster than calling.",
        ],
    ),
    Thread(
        title="Can the fiber box be installed in a different room from where the line enters?",
        tags="installation fiber",
        body="""The fiber line enters the house in the garage. I'd like the fiber box and the
router in the living room, about 15 m away. Is that possible, and does it cost extra?""",
        answers=[
            Reply(
                """Yes. Technicians can run up to **20 m** of internal fiber at no cost
(along skirting boards or through existing conduits). Drilling through walls is done only
with your permission. Mention it when booking so they bring enough cable.""",
                accepted=True,
            ),
            "Ask them to use the existing phone conduit if you have one, much neater.",
        ],
    ),
    Thread(
        title="Moving house next month: how do I transfer my broadband?",
        tags="installation account fiber",
        body="""We're moving on the 15th of next month. I'd like internet at the new place on
day one if possible. What's the process, and is there a fee?""",
        answers=[
            Reply(
                """Use *Plan → Move my service* at least **2 weeks** before. You enter the new
address and pick an installation date; the old line stays active until that day.

- Moving is free once a year on contract plans
- If the new address doesn't have fiber, you can cancel without a fee

Take the Hub and the power supply with you, the technician only installs a new fiber box.""",
                accepted=True,
            ),
            Reply(
                "Check coverage at the new address first, the checker is on the website.",
                comments=["Good point. The new place is covered, phew."],
            ),
            "Did it in March, the whole thing took 20 minutes on installation day.",
        ],
    ),
    Thread(
        title="Do I have to be home for the installation in an apartment building?",
        tags="installation",
        body="""My building has fiber in the basement. Does someone need to be in the
apartment during the installation, or can the technician do it from the basement?""",
        answers=[
            """Someone over 18 has to be there: the technician installs the fiber box inside
the apartment and tests the connection with the Hub.""",
            """Also check with your building manager beforehand: some buildings need the
technician's name in advance to open the basement.""",
        ],
    ),
    # --- fiber ---------------------------------------------------------------------------
    Thread(
        title="Fiber box shows a red LOS light",
        tags="fiber network",
        body="""No internet since this morning. The fiber box shows **LOS** in red and PON is
off. I restarted everything twice.""",
        answers=[
            Reply(
                """LOS (*loss of signal*) means no light is reaching the box: the fiber is
damaged or disconnected, or there's an outage in the street. Restarting won't help.

1. Check the thin green/yellow cable into the box isn't bent or pulled out.
   **Don't look into the connector.**
2. Check *Service status* in the app for outages.
3. If neither, report it in the app: it books a technician, usually within 24 h.""",
                accepted=True,
            ),
            "Mine was road works on the street. They had cut the cable.",
            "My cat chewed through the fiber cable once. Check for pets!",
        ],
    ),
    Thread(
        title="Is the upload speed different between Fiber 500 and Fiber 1000?",
        tags="fiber speed plans",
        body="""I upload a lot of video files for work. The website only shows download
speeds. What are the upload speeds of each plan?""",
        answers=[
            Reply(
                """All Zefira Fiber plans are symmetrical:

| Plan | Download | Upload |
|---|---|---|
| Fiber 300 | 300 Mbps | 300 Mbps |
| Fiber 500 | 500 Mbps | 500 Mbps |
| Fiber 1000 | 1 Gbps | 1 Gbps |

So for uploads, 1000 does make a difference.""",
                accepted=True,
            ),
            "To actually reach 1 Gbps you need a wired connection, Wi-Fi rarely gets there.",
        ],
    ),
    Thread(
        title="Building has fiber but the website says no coverage at my address",
        tags="fiber installation",
        body="""My neighbors on the same floor have Zefira Fiber, but the coverage checker
says my address isn't covered. I tried with and without the apartment number.""",
    ),
    # --- eSIM ----------------------------------------------------------------------------
    Thread(
        title="How do I move my eSIM to a new iPhone?",
        tags="esim",
        body="""I'm getting a new iPhone on Saturday. My line is an eSIM. Do I need a new QR
code, or can I transfer it myself?""",
        answers=[
            Reply(
                """You can transfer it yourself with **eSIM Quick Transfer**:

1. Keep both iPhones close, unlocked, with Bluetooth on.
2. On the new iPhone: *Settings → Mobile Service → Set Up Mobile Service*.
3. Pick your number from the list and confirm on the old phone.

The old phone loses service as soon as the new one activates. If your number doesn't appear,
request a new QR code in the app (*Line → eSIM → Replace eSIM*).""",
                accepted=True,
            ),
            "Worked with Quick Transfer in 3 minutes. No need to contact anyone.",
        ],
    ),
    Thread(
        title="eSIM QR code says 'this code is no longer valid'",
        tags="esim mobile-app",
        body="""I scanned my eSIM QR code, got an error halfway, and now every time I scan it
I get *"This code is no longer valid"*. I still have no service.""",
        answers=[
            Reply(
                """A QR code can only be downloaded once, even if the first attempt failed
half way. We've issued a new eSIM for your line: you'll find it in the app under *Line →
eSIM → Install eSIM*, which installs it directly without a QR code.

Stay on Wi-Fi during installation.""",
                by="agent",
                accepted=True,
            ),
            """Before reinstalling, delete the half-installed eSIM from the phone, otherwise
it can fail again.""",
        ],
    ),
    Thread(
        title="Can I have a physical SIM and an eSIM on the same number?",
        tags="esim plans",
        body="""I'd like my number on my phone (eSIM) and also on an old phone with a physical
SIM that I keep in the car. Both active at the same time?""",
        answers=[
            """Not on the same number: one number = one active SIM. For a second device
there's the **Multi-SIM** add-on ($5/month) that gives a second SIM sharing the number for
data and receiving calls, but SMS only arrive on the main one.""",
        ],
    ),
    Thread(
        title="Does the Galaxy Watch eSIM work with a prepaid plan?",
        tags="esim plans",
        body="""I'm on prepaid (Flex Go). I'd like the LTE version of the Galaxy Watch so I can
leave the phone at home when I run. Will the watch eSIM work with my plan?""",
        comments=["Following. I want to know the same for the Apple Watch."],
    ),
    # --- network: coverage and outages ---------------------------------------------------
    Thread(
        title="No signal indoors since last week in the Riverside area",
        tags="network",
        body="""Since about a week ago I have no signal inside my house in Riverside. Outside
in the street it's fine (2–3 bars). Before that I had good signal indoors for years.
Same problem with my partner's phone.""",
        answers=[
            Reply(
                """Thanks for reporting. There is planned work on the Riverside mast until the
end of the month, so the area is being covered by a farther site, which reaches indoors less
well.

Until then, turn on **Wi-Fi calling** (*Settings → Mobile → Wi-Fi Calling*) so calls
and SMS go over your home internet.""",
                by="agent",
                accepted=True,
            ),
            "Same in Riverside North. Wi-Fi calling works well in the meantime.",
            Reply(
                "Is there a date for when the work will be finished?",
                comments=[
                    Reply("The plan is the 28th; we'll update this thread.", by="agent"),
                ],
            ),
        ],
    ),
    Thread(
        title="Calls drop when driving on the highway",
        tags="network",
        body="""My calls drop almost every time I drive between exits 12 and 15 on the
highway. The phone switches from 5G to 4G right before. Is that a known coverage gap?""",
        answers=[
            Reply(
                """Try turning off 5G (*Mobile → Voice & Data → LTE*). Handovers from 5G to 4G
during a call are less stable on some phones.""",
                comments=[Reply("Tried it on the way home: no drop this time.", by="asker")],
            ),
            """The coverage map shows a gap between exits 13 and 14, so that part is probably
just bad coverage.""",
        ],
    ),
    Thread(
        title="Is there a map of current outages?",
        tags="network mobile-app",
        body="""When the internet goes down I never know whether it's my equipment or the
network. Is there a public status page?""",
        answers=[
            Reply(
                """Yes: https://status.zefira.example shows current outages and planned works
by area. In the app it's *Help → Service status*, and it checks your address automatically.

You can subscribe to notifications for your area on the same page.""",
                accepted=True,
            ),
            "The app version is better, it also runs a line test for your connection.",
        ],
    ),
    Thread(
        title="How do I turn on Wi-Fi calling for a basement office with no signal?",
        tags="network plans",
        body="""My office is in a basement with zero signal. I have Wi-Fi there. Is Wi-Fi
calling included in my plan, and how do I enable it?""",
        answers=[
            Reply(
                """It's included on every postpaid plan at no cost. Turn it on in the phone:

- iPhone: *Settings → Mobile Service → Wi-Fi Calling*
- Android: *Settings → Connections → Wi-Fi Calling* (varies by brand)

You need an emergency address in the app (*Line → Wi-Fi calling*) before it activates.""",
                accepted=True,
            ),
            "It also works on prepaid since last year.",
            "Works great in my basement, I get 'Zefira Wi-Fi' in the status bar.",
        ],
    ),
    # --- TV ------------------------------------------------------------------------------
    Thread(
        title="Zefira Play box says 'No network' but Wi-Fi works on other devices",
        tags="tv wifi",
        body="""The Zefira Play box shows *"No network connection (E-104)"*. Phones and laptops
on the same Wi-Fi work fine. I already restarted the box and the router.""",
        answers=[
            Reply(
                """E-104 usually means the box got no IP address. Most of the time it's because
the box is trying to reconnect to an old network name after a router change.

*Settings → Network → Forget network*, then choose your network again. If possible, use the
Ethernet port on the back of the box, it's much more stable for TV.""",
                accepted=True,
            ),
            "Mine had this after the router switched to WPA3 only. Set it to WPA2/WPA3 mixed.",
        ],
    ),
    Thread(
        title="Does the Sports package include the playoffs?",
        tags="tv plans",
        body="""I'm thinking about adding the Sports package to my TV plan just for the
playoffs. Are all the games included, or some only on pay-per-view?""",
        answers=[
            Reply(
                """All games are included except the final, which is on the free national
channel anyway.""",
                comments=["Can confirm, I had it last season."],
            ),
            """Note that the Sports package has a minimum of 3 months, it's not monthly.""",
        ],
    ),
    Thread(
        title="Subtitles are stuck on in my recordings",
        tags="tv",
        body="""Every recording now plays with subtitles. I turn them off, and the next
recording has them again. Live TV is fine.""",
        answers=[
            Reply(
                """Recordings have their own subtitle setting: *Settings → Accessibility →
Subtitles for recordings → Off*. The live TV setting doesn't apply to them.""",
                accepted=True,
            ),
        ],
    ),
    Thread(
        title="Can I watch Zefira TV on two TVs at the same time?",
        tags="tv plans",
        body="""We have the Zefira Play box in the living room. Can my kids watch something
else in the bedroom with the Zefira TV app on a smart TV, at the same time?""",
        comments=["Which TV plan do you have? I think it depends on the plan."],
    ),
    # --- number porting ------------------------------------------------------------------
    Thread(
        title="Keeping my number when I switch to Zefira: how long does it take?",
        tags="number-porting",
        body="""I want to bring my number from my current carrier. How long will I be without
service, and do I need to cancel my old contract first?""",
        answers=[
            Reply(
                """**Don't cancel your old contract**: porting cancels it automatically.

1. Get your **port-out PIN** from your current carrier.
2. Order the Zefira SIM and choose *Keep my number*.
3. Porting is usually done in **1 business day**. Until then the old SIM keeps working.

You're only without service for a few minutes when the number switches over.""",
                accepted=True,
            ),
            "Mine took 4 hours. I just swapped SIMs when the old one lost signal.",
        ],
    ),
    Thread(
        title="Port-in failed: 'account number mismatch'",
        tags="number-porting account",
        body="""My port request was rejected with the reason *account number mismatch*. I
copied the account number from my old carrier's bill. What's wrong?""",
        answers=[
            Reply(
                """Some carriers use a different account number for porting than the one on the
bill (often the one in the *Account details* page, not the invoice number). Please check it,
and update it in *Orders → Number transfer → Edit details*. We'll resubmit the request
automatically.""",
                by="agent",
                accepted=True,
            ),
            "With my old carrier I had to call them to get the right number, it wasn't online.",
            "Also check the ZIP code, it has to match the billing address of the old account.",
        ],
    ),
    Thread(
        title="Old carrier cut my service but the Zefira SIM isn't active yet",
        tags="number-porting esim",
        body="""My old SIM stopped working this morning (porting in progress), but the Zefira
eSIM still shows *No service*. It's been 6 hours.""",
        answers=[
            Reply(
                """Restart the phone: after a port the eSIM often needs a restart to register
on the network.""",
                comments=[Reply("That was it. Service came back right after.", by="asker")],
            ),
            """If that doesn't work, check the eSIM is turned on and set as the line for
mobile data in *Settings → Mobile*.""",
        ],
    ),
    # --- account -------------------------------------------------------------------------
    Thread(
        title="How do I add my partner as an authorized user on my account?",
        tags="account",
        body="""I'd like my partner to be able to call support and manage our internet plan
without me having to be on the phone. Is that possible?""",
        answers=[
            Reply(
                """*Profile → Account access → Add a person*. There are two levels:

- **Authorized user**: can speak to support, see invoices, report faults
- **Administrator**: can also change plans and payment methods

They get an invite by email and create their own sign-in.""",
                accepted=True,
            ),
        ],
    ),
    Thread(
        title="How do I change the email address on my account?",
        tags="account mobile-app",
        by="customer",
        body="""I'm moving my email to a new provider. I want invoices and notifications to
go to the new address. Where do I change it? I don't see it in the app.""",
        answers=[
            Reply(
                """In the app it's under *Profile → Personal details → Email* (tap the pencil
icon). You'll get a confirmation link at the **new** address; the change only takes effect
after you click it.""",
                accepted=True,
            ),
            "If the pencil isn't there, you're probably an authorized user and not the holder.",
        ],
    ),
    Thread(
        title="Closing my account: do I have to return the router?",
        tags="account router billing",
        body="""I'm moving abroad and closing my account. The Hub 4 is rented, I think. Do I
have to send it back and how?""",
        answers=[
            Reply(
                """Yes, rented equipment must be returned within **30 days** of closing the
account, otherwise it's charged ($120 for the Hub 4).

When you close the account you get a prepaid return label by email. Pack the Hub, the power
supply and the Mesh Points (if any). The fiber box stays on the wall.""",
                accepted=True,
            ),
            "Keep the post office receipt until the final invoice shows zero.",
        ],
    ),
    Thread(
        title="Got an SMS asking me to 'confirm my account' — is it a scam?",
        tags="account",
        body="""I got this SMS:

> ZEFIRA: your account will be suspended today. Confirm your details: zefira-secure-login.example

Is this really from Zefira?""",
        answers=[
            Reply(
                """It's a **scam**. Zefira never sends links to other domains and never asks
for your password or card details by SMS. Real messages only link to `zefira.example`.

Don't click. If you already did and typed your password, change it now and turn on
two-factor authentication.""",
                accepted=True,
            ),
            "Got the same one yesterday. You can forward scam SMS to 7726 to report them.",
        ],
        comments=[
            Reply(
                """Thanks for checking before clicking. I've left the link unclickable on
purpose. Please nobody open it.""",
                by="moderator",
            ),
        ],
    ),
    # --- speed ---------------------------------------------------------------------------
    Thread(
        title="Only 90 Mbps over Wi-Fi on a 500 Mbps plan",
        tags="speed wifi",
        body="""Speed test on my laptop via Wi-Fi: **90 Mbps**. Via cable: **480 Mbps**.
The laptop is two rooms away from the Hub 4. Is that normal?""",
        answers=[
            Reply(
                """The line is fine (480 by cable), so it's the Wi-Fi. Things to check:

1. Is the laptop on **5 GHz**? On 2.4 GHz, 90 Mbps is about the maximum.
2. What Wi-Fi standard is the laptop? An older Wi-Fi 4 card won't go much faster.
3. Walls, especially concrete: a Mesh Point between the rooms helps a lot.

On Windows you can see the band and link speed with:

```powershell
netsh wlan show interfaces
```""",
                accepted=True,
                comments=[
                    Reply("It was on 2.4 GHz. Now 380 Mbps. Thanks!", by="asker"),
                ],
            ),
            "Also disable any VPN while testing, mine capped me at 100.",
        ],
    ),
    Thread(
        title="Speed test results differ between the app and speed test websites",
        tags="speed mobile-app",
        body="""The app's speed test says 470 Mbps, but some websites give me 200–250 Mbps.
Which one is right?""",
        answers=[
            """The app tests from the Hub to Zefira's own server, so it measures your line
only. Websites test from your device to a server somewhere else, so Wi-Fi and the route
count too. Both are "right", they measure different things.""",
            """Try the website test with a cable and a server in your city, you'll see
something close to the app's number.""",
        ],
    ),
    Thread(
        title="High ping in online games every evening",
        tags="speed router",
        body="""From 7 pm to midnight my ping in online games goes from 15 ms to 80–120 ms, with
spikes. During the day it's perfect. Wired connection, Fiber 500.""",
        answers=[
            Reply(
                """Is anyone else in the house uploading (cloud photo backups, video calls)?
Turn on **QoS / Gaming priority** in the Hub (*Advanced → QoS*) and put your PC first.""",
                comments=[Reply("Nobody else online at that time, it's just me.", by="asker")],
            ),
            """Run `mtr` or `pathping` during the evening to see where the latency starts:
inside your house, at Zefira, or on the game's network.""",
            "Same here since the last two weeks, Fiber 1000 in the north of the city.",
        ],
    ),
    Thread(
        title="Is 300 Mbps enough for a family of five working and studying from home?",
        tags="speed plans",
        body="""Two adults working from home with video calls, three teenagers (gaming,
streaming, school). Is Fiber 300 enough, or do we need 500?""",
        answers=[
            Reply(
                """A video call uses about 3–4 Mbps, a 4K stream 25 Mbps. Even with everyone
online at once you'll stay well under 300 Mbps. In practice, **Wi-Fi coverage** matters much
more than the plan for a household like yours: spend the difference on a Mesh Point.""",
                accepted=True,
            ),
            Reply(
                "We're 6 on Fiber 300 and never had a problem.",
                comments=["Same, 5 of us including two gamers."],
            ),
            "Only go bigger if someone uploads big files often (the upload is 300 too).",
        ],
    ),
]
