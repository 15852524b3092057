window.YTD.account.part0 = [
  {
    "account" : {
      "username" : "grace_hopsalot",
      "accountId" : "7100000002",
      "createdVia" : "web",
      "createdAt" : "2009-03-10T12:00:00.000Z",
      "accountDisplayName" : "Grace Hopsalot"
    }
  }
]
