window.YTD.account.part0 = [
  {
    "account" : {
      "username" : "ada_lovecode",
      "accountId" : "7100000001",
      "createdVia" : "web",
      "createdAt" : "2009-03-10T12:00:00.000Z",
      "accountDisplayName" : "Ada Lovecode"
    }
  }
]
